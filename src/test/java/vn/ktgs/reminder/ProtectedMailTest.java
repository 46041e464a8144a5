package vn.ktgs.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An SMTP refusal quotes the recipient: a protected mail (to a denouncer) stores a withheld error instead. */
class ProtectedMailTest {

    private static final String REFUSAL = "550 5.1.1 <nguoi.to.cao@example.vn>: Recipient address rejected";

    @Test
    void a_protected_mail_that_fails_keeps_no_word_of_the_smtp_error() {
        OutboxMail mail = new OutboxMail(OutboxMail.PROTECTED + "DENUNCIATION_RESULT:7", "nguoi.to.cao@example.vn", null,
                "[KTGS] Kết quả", "Kính gửi …", Instant.parse("2034-03-01T02:00:00Z"));
        mail.failed(REFUSAL, Instant.parse("2034-03-01T02:00:10Z"), 5);
        assertThat(mail.getLastError()).isEqualTo(OutboxMail.WITHHELD).doesNotContain("nguoi.to.cao");
    }

    @Test
    void an_ordinary_mail_keeps_the_error_for_the_administrator() {
        OutboxMail mail = new OutboxMail("REMINDER:1", "kiemtra1@ktgs.local", "kiemtra1", "[KTGS] Nhắc việc", "…",
                Instant.parse("2034-03-01T02:00:00Z"));
        mail.failed(REFUSAL, Instant.parse("2034-03-01T02:00:10Z"), 5);
        assertThat(mail.getLastError()).isEqualTo(REFUSAL);
    }
}
