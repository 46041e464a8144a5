package vn.ktgs.denunciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The key rules and the seal: no key or a bad key refuses to start; a value opens only under its own key. */
class IdentityCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void without_a_key_or_with_a_short_or_garbled_one_nothing_starts() {
        assertThatThrownBy(() -> new IdentityCipher("")).hasMessageContaining("KTGS_IDENTITY_KEY is not set");
        assertThatThrownBy(() -> new IdentityCipher(null)).hasMessageContaining("KTGS_IDENTITY_KEY is not set");
        assertThatThrownBy(() -> new IdentityCipher(Base64.getEncoder().encodeToString(new byte[16]))).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new IdentityCipher("not base64 !")).hasMessageContaining("not base64");
    }

    /** The key as the application's property files resolve it for these profiles, without KTGS_IDENTITY_KEY. */
    private static String keyFor(String... profiles) throws Exception {
        StandardEnvironment env = new StandardEnvironment();
        PropertiesPropertySourceLoader loader = new PropertiesPropertySourceLoader();
        env.getPropertySources().addLast(loader.load("base", new ClassPathResource("application.properties")).get(0));
        for (String profile : profiles) {
            env.getPropertySources().addFirst(loader.load(profile, new ClassPathResource("application-" + profile + ".properties")).get(0));
        }
        return env.getProperty("ktgs.identity.key");
    }

    @Test
    void the_production_profile_refuses_to_start_without_KTGS_IDENTITY_KEY_and_the_demo_profile_has_its_public_key() throws Exception {
        Assumptions.assumeTrue(System.getenv("KTGS_IDENTITY_KEY") == null, "the environment sets a key");
        assertThatThrownBy(() -> new IdentityCipher(keyFor("mysql"))).hasMessageContaining("KTGS_IDENTITY_KEY is not set");
        assertThat(new IdentityCipher(keyFor("demo")).open(new IdentityCipher(keyFor("demo")).seal(new byte[] {7}))).containsExactly(7);
    }

    @Test
    void an_identity_round_trips_is_not_readable_sealed_and_differs_each_time() {
        IdentityCipher cipher = new IdentityCipher(KEY);
        DenouncerIdentity identity = new DenouncerIdentity("Trần Văn Tố", "Số 1 phố Huế", "to@example.vn", "0901");
        byte[] sealed = cipher.seal(identity.toBytes());
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("Trần Văn Tố", "Số 1 phố Huế", "to@example.vn");
        assertThat(cipher.seal(identity.toBytes())).isNotEqualTo(sealed);
        assertThat(DenouncerIdentity.fromBytes(cipher.open(sealed))).isEqualTo(identity);
        assertThat(identity.toString()).doesNotContain("Trần").contains(DenouncerIdentity.MASK);
    }

    @Test
    void another_key_or_a_changed_byte_does_not_open_it() {
        byte[] sealed = new IdentityCipher(KEY).seal("Trần Văn Tố".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new IdentityCipher(OTHER).open(sealed)).hasMessageContaining("cannot open");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> new IdentityCipher(KEY).open(sealed)).hasMessageContaining("cannot open");
    }
}
