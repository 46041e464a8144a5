package vn.ktgs.denunciation;

/** The rules of procedures.md §4 under which a letter is not resolved; the Vietnamese text goes on the case. */
public enum NotResolvedReason {
    ANONYMOUS("đơn nặc danh"),
    FAKE_NAME("đơn mạo danh, ghi tên giả"),
    NO_ADDRESS("đơn không ghi rõ địa chỉ"),
    SEVERAL_SIGNATORIES("đơn có từ hai người trở lên cùng ký tên"),
    UNSIGNED_COPY("đơn không ký tên trực tiếp (bản sao, bản photocopy)"),
    REPEAT_WITHOUT_NEW_EVIDENCE("đơn tố cáo lại, không có tài liệu, chứng cứ mới"),
    VAGUE("nội dung không cụ thể, không có căn cứ để thẩm tra, xác minh"),
    NO_PARTY_ACCUSATION("không tố cáo tổ chức đảng hoặc đảng viên"),
    LACKS_CIVIL_CAPACITY("người tố cáo mất năng lực hành vi dân sự");

    private final String text;

    NotResolvedReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
