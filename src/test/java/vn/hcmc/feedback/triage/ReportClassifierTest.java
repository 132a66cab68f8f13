package vn.hcmc.feedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportClassifierTest {

    private final ReportClassifier classifier = TriageFixture.CLASSIFIER;

    private Classification classify(String title, String description) {
        return classifier.classify(new TriageInput(title, description, null, null, null));
    }

    @Test
    void textWithAndWithoutDiacriticsGetsTheSameCategory() {
        Classification withMarks = classify("Ổ gà sâu", "Đường Nguyễn Trãi có nhiều ổ gà, xe máy té liên tục");
        Classification without = classify("o ga sau", "duong Nguyen Trai co nhieu o ga, xe may te lien tuc");
        Classification shouting = classify("Ổ GÀ SÂU", "ĐƯỜNG NGUYỄN TRÃI CÓ NHIỀU Ổ GÀ");
        assertThat(withMarks.category()).isEqualTo("road_damage");
        assertThat(without.category()).isEqualTo("road_damage");
        assertThat(shouting.category()).isEqualTo("road_damage");
        assertThat(without.confidence()).isGreaterThan(0.5);
    }

    @Test
    void dStrokeFoldsToD() {
        assertThat(classify(null, "Đèn đường hư cả tuần").category()).isEqualTo("street_lighting");
        assertThat(classify(null, "den duong hu ca tuan").category()).isEqualTo("street_lighting");
    }

    @Test
    void abbreviationsAndChatSpellingAreUnderstood() {
        // "ko" = không, "dc" = được, "e" = em, "mn" = mọi người, "wá" = quá, "P." = phường
        Classification c = classify(null, "Nha e o P. Ban Co mat nuoc 2 ngay r, ko co nuoc sinh hoat, mn ai biet "
                + "goi dau dc ko, kho wá");
        assertThat(c.category()).isEqualTo("water_supply");
        assertThat(classify(null, "xe rac ko vao hem, rac ton 3 ngay").category()).isEqualTo("garbage");
    }

    @Test
    void aLongWordWithATypoStillCounts() {
        assertThat(classify("Garbge everywhere", "There is garbgae and trash piling up near my house, the "
                + "colection truck never comes").category()).isEqualTo("garbage");
        assertThat(TriageFixture.KEYWORDS.correction("flooding")).as("a keyword is no typo").isNull();
        assertThat(TriageFixture.KEYWORDS.correction("floodng")).isEqualTo("flooding");
        assertThat(TriageFixture.KEYWORDS.correction("because")).as("a common word is never corrected").isNull();
    }

    @Test
    void wordsThatFoldToACommonWordDoNotMislead() {
        // "cho" (give) is not "chó" (dog), "bán" (sell) is not "bẩn" (dirty), "đến" (arrive) is not "đèn" (lamp)
        Classification c = classify(null, "Đề nghị cho người đến bán hàng đúng chỗ, đừng bán tràn ra lòng đường "
                + "và vỉa hè");
        assertThat(c.category()).isEqualTo("sidewalk_encroachment");
        // "cây dơ" (dirty ice block) is not "cây đổ" (a fallen tree)
        Classification ice = classify("Nước đá cây dơ", "Xe giao nước đá cây kéo lê trên đất, đá bẩn dùng pha "
                + "nước uống cho khách");
        assertThat(ice.category()).isEqualTo("food_safety");
        assertThat(ice.urgent()).isFalse();
    }

    @Test
    void hardCasesThatMentionAnotherCategory() {
        assertThat(classify("Rác bít miệng cống nên ngập", "Miệng cống bị rác, túi nilon bịt kín, mưa xuống nước "
                + "không thoát được, ngập cả đoạn đường").category()).as("garbage in a drain floods").isEqualTo("flooding");
        assertThat(classify("Ống nước bể, nước tràn ra đường", "Ống cấp nước chính bị bể, nước phun lên mặt đường "
                + "cả ngày, lãng phí nước").category()).as("a burst water main").isEqualTo("water_supply");
        assertThat(classify("Công trình ồn ban đêm", "Công trình xây nhà kế bên khoan, đổ bê tông từ 11h đêm tới "
                + "3h sáng, tiếng máy ồn quá không ngủ được").category()).as("night works are noise")
                .isEqualTo("noise");
        assertThat(classify(null, "Phản ánh đèn đường của tôi trên app Công dân số bị đóng mà đèn vẫn tắt, app nên "
                + "cho mở lại phản ánh").category()).as("about the app, not the lamp").isEqualTo("app_feedback");
    }

    @Test
    void englishReportsAreClassified() {
        assertThat(classify("Broken traffic light", "The traffic light at the intersection only blinks yellow")
                .category()).isEqualTo("traffic");
        assertThat(classify(null, "Loud karaoke music every night until 1am, we cannot sleep").category())
                .isEqualTo("noise");
    }

    @Test
    void theCitizensCategoryIsAHintNotTheAnswer() {
        TriageInput pothole = new TriageInput("Ổ gà", "Đường có ổ gà lớn, xe té liên tục", null, "noise", null);
        assertThat(classifier.classify(pothole).category()).isEqualTo("road_damage");
        // with nothing else to go on, the hint decides between two weak readings
        TriageInput vague = new TriageInput(null, "Trước nhà tôi có khói và có nhạc", null, "noise", null);
        TriageInput noHint = new TriageInput(null, "Trước nhà tôi có khói và có nhạc", null, null, null);
        assertThat(classifier.classify(noHint).category()).isEqualTo("pollution");
        assertThat(classifier.classify(vague).category()).isEqualTo("noise");
    }

    @Test
    void anAttachmentCountsLessThanTheReportItself() {
        TriageInput input = new TriageInput("Đèn đường tắt", "Đèn đường trước nhà tắt cả tuần", 
                "Biên bản họp tổ dân phố: rác, thu gom rác, điểm tập kết rác, xe rác", null, null);
        assertThat(classifier.classify(input).category()).isEqualTo("street_lighting");
        TriageInput onlyAttachment = new TriageInput(null, "Xem file đính kèm giúp tôi", "Rác tồn đọng, xe thu gom "
                + "rác không đến", null, null);
        assertThat(classifier.classify(onlyAttachment).category()).isEqualTo("garbage");
    }

    @Test
    void confidenceGrowsWithEvidenceAndNothingMeansOtherWithZero() {
        Classification strong = classify("Ngập nặng", "Mưa lớn, đường ngập sâu, cống nghẹt, nước không thoát, "
                + "triều cường lên");
        Classification weak = classify(null, "Có vũng nước nhỏ trước nhà");
        Classification nothing = classify(null, "Xin chào, tôi muốn hỏi một việc");
        assertThat(strong.confidence()).isGreaterThan(0.9);
        assertThat(weak.confidence()).isLessThan(strong.confidence());
        assertThat(nothing.category()).isEqualTo("other");
        assertThat(nothing.confidence()).isZero();
        assertThat(classify(null, "").category()).isEqualTo("other");
        assertThat(classifier.classify(new TriageInput(null, null, null, null, null)).confidence()).isZero();
    }

    @Test
    void dangerNowIsUrgentWithItsSignals() {
        Classification wire = classify("Dây điện đứt", "Dây điện trụ đèn đứt rơi xuống vỉa hè còn tóe lửa");
        assertThat(wire.urgent()).isTrue();
        assertThat(wire.urgencySignals()).contains("tóe lửa");
        assertThat(classify(null, "Cây xà cừ nghiêng hẳn ra đường, sắp ngã, cần xử lý gấp").urgent()).isTrue();
        assertThat(classify(null, "Hố ga mất nắp ngay làn xe máy, tối không có đèn").urgent()).isTrue();
        assertThat(classify(null, "Mùi gas nồng nặc cả hẻm, sợ cháy nổ").urgent()).isTrue();
        assertThat(classify(null, "nuoc ngap tran vo nha dan, co nguoi gia, can ho tro gap").urgent()).isTrue();
        assertThat(classify(null, "Đang có cháy trong căn nhà cuối hẻm, khói đen bốc cao").urgent()).isTrue();
        assertThat(classify("Tree about to fall", "A big tree is leaning over the road, please come urgently")
                .urgent()).isTrue();
    }

    @Test
    void aRiskForLaterOrAWornOutBulbIsNotUrgent() {
        Classification later = classify(null, "Cây sao trước nhà đã chết khô, sợ mùa mưa tới bị ngã, đề nghị đốn");
        assertThat(later.urgent()).isFalse();
        assertThat(later.urgencySignals()).isEmpty();
        assertThat(classify(null, "Mặt đường bị lún một vệt dài, để lâu là sụp luôn").urgent()).isFalse();
        assertThat(classify(null, "Bóng đèn đường bị cháy, hẻm tối cả tuần").urgent()).isFalse();
        assertThat(classify(null, "Hóa đơn tiền nước tháng này gấp 3 lần tháng trước").urgent()).isFalse();
    }

    @Test
    void aHazardToHealthWithPeopleAffectedNowIsUrgent() {
        Classification water = classify("Nước máy đục", "Nước máy có mùi lạ từ hôm qua, cả nhà bị tiêu chảy");
        assertThat(water.urgent()).isTrue();
        assertThat(water.urgencySignals()).contains("ill-from-tap-water");
        assertThat(water.category()).as("ill from tap water is a water supply report").isEqualTo("water_supply");
        assertThat(classify(null, "nuoc ngap vo phong ngu, nha co em be moi sinh").urgencySignals())
                .contains("flood-indoors-vulnerable");
        assertThat(classify(null, "Ổ cắm điện ở tầng trệt đã bị ngập nước").urgencySignals())
                .contains("electricity-in-water");
        assertThat(classify(null, "Mùi ga rất nặng ở tầng 3 chung cư").urgent()).isTrue();
        assertThat(classify(null, "Mất điện từ sáng, ông tôi đang thở máy tạo oxy").urgencySignals())
                .contains("life-support-without-power");
    }

    @Test
    void aHazardWithoutPeopleAffectedOrAFearForLaterIsNotUrgent() {
        assertThat(classify(null, "Nước máy hơi đục, sợ con nhỏ uống vào bị đau bụng").urgent()).isFalse();
        assertThat(classify(null, "Hẻm ngập tới lề nhà, nhà có mẹ già, tôi sợ sau này nước vào nhà").urgent()).isFalse();
        assertThat(classify(null, "Tuần trước nước ngập vào nhà, nay nước đã rút, đề nghị nạo vét cống").urgent())
                .isFalse();
        assertThat(classify(null, "Hẻm ngập mắt cá mỗi khi mưa, người già đi chợ khó").urgent()).isFalse();
        assertThat(classify(null, "Khói từ xưởng gỗ có mùi sơn, người dân nhức đầu, khó thở").urgent())
                .as("a chronic nuisance").isFalse();
    }

    @Test
    void classificationIsFast() {
        TriageInput input = new TriageInput("Cây xanh nghiêng sắp ngã trên đường Phạm Ngũ Lão",
                "Cây xà cừ lớn trên đường Phạm Ngũ Lão, P. Bến Thành, đối diện công viên 23/9 bị nghiêng hẳn ra "
                        + "đường, gốc nứt đất trồi lên. Sáng giờ gió mạnh lắc dữ lắm mà xe cộ vẫn chạy bên dưới. "
                        + "Cần chặt hạ hoặc chằng néo gấp!", null, "trees", "Phường Bến Thành");
        for (int i = 0; i < 2_000; i++) {
            classifier.classify(input);
        }
        int n = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            classifier.classify(input);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / n;
        System.out.printf("classification: %.1f µs per report%n", micros);
        assertThat(micros).as("µs per classification (well under a millisecond)").isLessThan(1_000);
    }
}
