package vn.hcmc.feedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The urgency families of issue 14 and their look-alikes, in sentences written for this test (none is a line of the
 * evaluation files): the rules must recognise the family, not one sentence.
 */
class DangerFamiliesTest {

    private static Classification classify(String title, String description) {
        return TriageFixture.CLASSIFIER.classify(new TriageInput(title, description, null, null, null));
    }

    @ParameterizedTest(name = "urgent: {0}")
    @CsvSource(delimiter = '|', value = {
            "Manhole left open | The manhole outside the kindergarten on Le Loi has been uncovered since this morning, kids walk right past it",
            "Missing drain cover | A storm drain on our lane has no cover, a motorbike already fell in, please put a barrier",
            "Food poisoning at a canteen | More than twenty workers got food poisoning after lunch at the factory canteen and the canteen is still serving dinner",
            "Smoke from the warehouse | Thick smoke is coming from the warehouse next door, my father has asthma and cannot breathe",
            "Family stuck on the roof | The flood water keeps rising and a family with two small children is stuck on the roof of their house",
            "Bees stinging pupils | A swarm of bees is attacking pupils in the schoolyard, several children were stung",
            "Billboard down | A billboard has fallen and is blocking the right lane of the road near the bridge",
            "Gas smell in the corridor | There is a strong gas smell on the fourth floor, nobody knows where it comes from",
            "Wall collapsing | The old boundary wall of the school is collapsing onto the pavement where children wait",
            "Wire in the puddle | A power cable is hanging into a puddle at the corner and people are wading through it",
            "Nước chảy xiết vào nhà | Nước lũ chảy xiết tràn vào dãy nhà trọ, nhiều người già và trẻ nhỏ chưa ra được",
            "Ngập tới thắt lưng | Khu phố tôi nước ngập tới thắt lưng, nhà bà cụ hàng xóm còn kẹt trên gác không xuống được",
            "Ong vò vẽ đốt học sinh | Tổ ong vò vẽ trên cây trước cổng trường vỡ, ong đốt mấy em học sinh phải đưa đi trạm y tế",
            "Biển quảng cáo đổ | Biển quảng cáo bị gió quật ngã nằm chắn ngang làn đường xe máy",
            "Chắn cổng cấp cứu | Xe tải đậu chắn cổng cấp cứu của bệnh viện quận cũ, xe cứu thương phải chờ",
            "Ngộ độc sau đám cưới | Hơn 30 khách dự tiệc cưới bị ngộ độc, nôn ói, nhà hàng vẫn mở cửa bán bình thường",
            "Cháy nhà còn người | Nhà trong hẻm đang cháy dữ dội, còn người bên trong chưa ra được",
    })
    void dangerIsUrgent(String title, String description) {
        Classification c = classify(title, description);
        assertThat(c.urgent()).as(title + " " + c.urgencySignals()).isTrue();
    }

    @ParameterizedTest(name = "not urgent: {0}")
    @CsvSource(delimiter = '|', value = {
            "Fire in the bin yesterday | The bin by the bus stop caught fire yesterday, it was put out quickly and nobody was hurt, please replace it",
            "Đám cháy đã dập tắt | Tối qua có cháy ở bãi đất trống, lực lượng PCCC đã dập tắt, xin dọn tro còn lại",
            "Cây đổ đã dọn | Cây đổ hồi chiều đã được dọn xong, đề nghị trồng cây mới thay thế",
            "Hỏi quy định phòng cháy | Cho hỏi quy định phòng cháy chữa cháy cho quán karaoke nhỏ cần những gì?",
            "Fire drill question | Can the ward send someone to help our building organise a fire drill next month?",
            "Trụ nước cứu hỏa bị tông | Trụ nước cứu hỏa đầu hẻm bị xe tông nghiêng, đề nghị thay mới",
            "Cần gấp giấy xác nhận | Tôi cần gấp giấy xác nhận cư trú để nộp hồ sơ cho con đi học",
            "Nút khẩn cấp trong app | Nút khẩn cấp trong app bấm không phản hồi, tôi chỉ bấm thử",
            "Emergency button test | I pressed the emergency button in the app just to test it and nothing happened",
            "Mùi khét đã hết | Chiều qua có mùi khét như đốt rác, tối thì hết, nhờ kiểm tra",
    })
    void overHandledOrNamedIsNotUrgent(String title, String description) {
        Classification c = classify(title, description);
        assertThat(c.urgent()).as(title + " " + c.urgencySignals()).isFalse();
    }
}
