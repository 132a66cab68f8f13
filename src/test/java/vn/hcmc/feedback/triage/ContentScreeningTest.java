package vn.hcmc.feedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentScreeningTest {

    private final ContentScreening screening = TriageFixture.SCREENING;

    private Screening screen(String description) {
        return screening.screen(new TriageInput(null, description, null, null, null));
    }

    @Test
    void emptyTextIsSuspectedSpam() {
        assertThat(screen("")).isEqualTo(new Screening(true, false, "empty"));
        assertThat(screen("   ...!!! 123 ???")).isEqualTo(new Screening(true, false, "empty"));
        assertThat(screening.screen(new TriageInput(null, null, null, null, null)).reason()).isEqualTo("empty");
    }

    @Test
    void gibberishIsSuspectedSpam() {
        assertThat(screen("asdfgh qwrtzx hjklmn bvcxz").reason()).isEqualTo("gibberish");
        assertThat(screen("aaaaaaa bbbbbbb ccccccc")).extracting(Screening::spamSuspected).isEqualTo(true);
        assertThat(screen("test test test test test test").reason()).isEqualTo("gibberish");
    }

    @Test
    void linkFarmsAndSpamPhrasesAreSuspectedSpam() {
        assertThat(screen("Xem ngay http://abc.xyz/km và www.nhacai-vip.bet để nhận thưởng").reason())
                .isEqualTo("links");
        assertThat(screen("Cho vay tiền nhanh, giải ngân trong ngày, không cần thế chấp, liên hệ zalo 0909").reason())
                .isEqualTo("spam-phrase");
        assertThat(screen("Nha cai uy tin, ca cuoc bong da, dang ky ngay nhan thuong").reason())
                .as("without diacritics").isEqualTo("spam-phrase");
        assertThat(screen("Kiếm tiền online tại nhà, xem tại shopkm.vn").reason()).as("one link and a phrase")
                .isEqualTo("spam-phrase");
    }

    @Test
    void aReportAboutLoanSharkFlyersIsNotSpam() {
        Screening s = screen("Có người dán tờ rơi cho vay nặng lãi, tín dụng đen khắp các trụ điện trong hẻm "
                + "42 Lê Lợi, nhờ phường xử lý");
        assertThat(s.spamSuspected()).isFalse();
    }

    @Test
    void complaintsAndDenunciationsAreRecognisedWithOrWithoutDiacritics() {
        assertThat(screen("Tôi làm đơn khiếu nại quyết định xử phạt của UBND phường vì không đúng quy định"))
                .isEqualTo(new Screening(false, true, "complaint"));
        assertThat(screen("toi khieu nai viec phuong thu hoi dat cua gia dinh toi").reason()).isEqualTo("complaint");
        assertThat(screen("Tôi tố cáo cán bộ địa chính nhận tiền để làm nhanh hồ sơ").reason())
                .isEqualTo("denunciation");
        assertThat(screen("toi to cao can bo phuong nhan hoi lo").reason()).isEqualTo("denunciation");
        assertThat(screen("Can bo tiep dan doi tien moi nhan ho so, day la tham nhung").reason())
                .isEqualTo("denunciation");
    }

    @Test
    void anIncidentalMentionIsNotAComplaint() {
        assertThat(screen("Tôi không muốn khiếu nại ai, chỉ mong phường sửa giúp đèn đường trong hẻm")
                .complaintOrDenunciation()).isFalse();
        assertThat(screen("Nếu không sửa ổ gà này thì tôi sẽ khiếu nại lên thành phố")
                .complaintOrDenunciation()).isFalse();
        assertThat(screen("Cây sao trước nhà to cao, nhánh khô nhiều, nhờ cắt tỉa").complaintOrDenunciation())
                .as("'to cao' = big and tall").isFalse();
        assertThat(screen("Cây sao trước nhà tô cao quá").complaintOrDenunciation()).isFalse();
        assertThat(screen("Hàng xóm dọa tố cáo tôi vì tôi nhắc họ giữ vệ sinh").complaintOrDenunciation())
                .isFalse();
    }

    @Test
    void ordinaryReportsOfTheCorpusAreNeitherSpamNorComplaints() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(getClass().getClassLoader()
                .getResourceAsStream("triage/reports-dev.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode r = json.readTree(line);
                Screening s = screening.screen(new TriageInput(r.path("title").asText(null),
                        r.path("description").asText(), null, null, null));
                assertThat(s).as(r.path("description").asText()).isEqualTo(new Screening(false, false, null));
                n++;
            }
        }
        assertThat(n).isEqualTo(160);
    }
}
