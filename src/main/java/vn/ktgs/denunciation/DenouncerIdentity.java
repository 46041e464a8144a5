package vn.ktgs.denunciation;

import java.io.*;
import java.nio.charset.StandardCharsets;

/**
 * Who wrote the letter. Only ever held in memory after an audited read; {@link #toString()} is masked so that a log
 * line or an exception message that prints it by accident shows nothing.
 */
public record DenouncerIdentity(String name, String address, String email, String phone) {

    public static final String MASK = "***";

    public boolean isAnonymous() {
        return name == null || name.isBlank();
    }

    public boolean hasAddress() {
        return address != null && !address.isBlank();
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String part : new String[] {name, address, email, phone}) {
                out.writeBoolean(part != null);
                if (part != null) {
                    byte[] b = part.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(b.length);
                    out.write(b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static DenouncerIdentity fromBytes(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            String[] parts = new String[4];
            for (int i = 0; i < 4; i++) {
                if (in.readBoolean()) {
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    parts[i] = new String(b, StandardCharsets.UTF_8);
                }
            }
            return new DenouncerIdentity(parts[0], parts[1], parts[2], parts[3]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "DenouncerIdentity[" + MASK + "]";
    }
}
