package vn.ktgs.denunciation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals and opens what may name a denouncer (AES-256-GCM, a fresh 12-byte nonce per value). The key comes from
 * {@code ktgs.identity.key} (environment {@code KTGS_IDENTITY_KEY}, base64 of 32 bytes); without a valid key the
 * application does not start, so nothing is ever written in clear. Layout: version byte, nonce, ciphertext+tag.
 * The associated data names the purpose, so a sealed identity cannot be passed off as another kind of value.
 */
@Component
public class IdentityCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] AAD = "ktgs-denouncer-identity".getBytes(StandardCharsets.UTF_8);

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    IdentityCipher(@Value("${ktgs.identity.key:}") String base64Key) {
        this.key = parse(base64Key);
    }

    static SecretKey parse(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("KTGS_IDENTITY_KEY is not set: denouncers' identities cannot be encrypted "
                    + "(base64 of 32 random bytes, e.g. `openssl rand -base64 32`; see docs/denunciations.md)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("KTGS_IDENTITY_KEY is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("KTGS_IDENTITY_KEY must be 32 bytes (256 bits), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    public byte[] open(byte[] sealed) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES || sealed[0] != VERSION) {
            throw new IllegalStateException("not a sealed value of version " + VERSION);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(AAD);
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            // a wrong key or a changed value: never fall back to anything readable
            throw new IllegalStateException("cannot open a sealed value (wrong KTGS_IDENTITY_KEY or damaged data)", e);
        }
    }
}
