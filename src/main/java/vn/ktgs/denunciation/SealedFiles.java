package vn.ktgs.denunciation;

import java.io.*;
import vn.ktgs.casefile.UploadedFile;

/** A file's name, type and content in one sealed value (a scan's file name may itself name the denouncer). */
final class SealedFiles {

    private SealedFiles() {
    }

    static byte[] pack(UploadedFile file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(file.fileName());
            out.writeUTF(file.contentType() == null ? "application/octet-stream" : file.contentType());
            out.writeInt(file.content().length);
            out.write(file.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static UploadedFile unpack(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            String name = in.readUTF();
            String type = in.readUTF();
            byte[] content = new byte[in.readInt()];
            in.readFully(content);
            return new UploadedFile(name, type, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
