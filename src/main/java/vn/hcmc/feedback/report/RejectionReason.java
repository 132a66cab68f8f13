package vn.hcmc.feedback.report;

/** Why the triage desk rejects a report; the citizen reads the text in their language. */
public enum RejectionReason {
    SPAM("Phản ánh bị từ chối vì là tin rác hoặc quảng cáo.",
            "The report was rejected as spam or advertising."),
    OUT_OF_SCOPE("Nội dung không thuộc phạm vi tiếp nhận phản ánh, kiến nghị của Thành phố.",
            "The content is outside the scope of the city's feedback service."),
    COMPLAINT_OR_DENUNCIATION("Nội dung là khiếu nại hoặc tố cáo, được giải quyết theo Luật Khiếu nại, Luật Tố cáo: "
            + "vui lòng gửi đơn đến cơ quan có thẩm quyền hoặc Ban Tiếp công dân Thành phố.",
            "This is a complaint or denunciation, handled under the Law on Complaints or the Law on Denunciation: "
            + "please file it with the competent authority or the City Citizen Reception Board."),
    NOT_ACTIONABLE("Phản ánh không đủ thông tin để xử lý (thiếu địa điểm hoặc nội dung cụ thể).",
            "The report lacks the information needed to act on it (no place or no concrete problem).");

    private final String textVi;
    private final String textEn;

    RejectionReason(String textVi, String textEn) {
        this.textVi = textVi;
        this.textEn = textEn;
    }

    public String text(String language) {
        return "en".equals(language) ? textEn : textVi;
    }
}
