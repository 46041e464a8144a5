package vn.ktgs.denunciation;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.UploadPolicy;
import vn.ktgs.casefile.UploadRefusedException;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Role;

/**
 * The only way to the denouncer's identity and the sealed files: for the case's assigned team and the chair of the
 * committee that holds the letter; every read is written to {@code denunciation_identity_read} in the reader's
 * transaction (no read without its record). Everyone else gets {@link AccessDeniedException}.
 */
@Service
@Transactional
public class IdentityVault {

    private final DenunciationRepository denunciations;
    private final DenunciationFileRepository files;
    private final IdentityReadRepository reads;
    private final IdentityCipher cipher;
    private final Clock clock;

    IdentityVault(DenunciationRepository denunciations, DenunciationFileRepository files, IdentityReadRepository reads, IdentityCipher cipher, Clock clock) {
        this.clock = clock;
        this.denunciations = denunciations;
        this.files = files;
        this.reads = reads;
        this.cipher = cipher;
    }

    /**
     * The chair of the committee that holds the letter, or a member of its assigned team who still holds a role in that
     * committee. A letter transferred away is held by the receiving committee: its copy is the one that opens.
     */
    public static boolean maySee(KtgsUser user, Denunciation d) {
        if (d.getOutcome() == Outcome.TRANSFERRED) {
            return false;
        }
        boolean chair = user.getGrants().stream().anyMatch(g -> g.role() == Role.CHAIR && g.orgId() == d.getCommitteeOrgId());
        boolean onTeam = user.getUsername().equals(d.getTeamLead()) || d.getTeamMembers().contains(user.getUsername());
        boolean stillThere = user.getGrants().stream().anyMatch(g -> g.orgId() == d.getCommitteeOrgId() && g.role().isCommitteeRole());
        return chair || (onTeam && stillThere);
    }

    /** Opens the identity for an authorised user and records the read. */
    public DenouncerIdentity identity(KtgsUser user, long denunciationId, IdentityRead.Purpose purpose) {
        Denunciation d = get(denunciationId);
        if (!maySee(user, d)) {
            throw new AccessDeniedException("the denouncer's identity is only for the assigned team and the chair");
        }
        reads.save(new IdentityRead(d.getId(), d.getCommitteeOrgId(), user.getUsername(), clock.instant(), purpose, "Danh tính người tố cáo"));
        return open(d);
    }

    /** Files kept sealed with the letter (kind, size, who added them): listing names nobody, so it is not audited. */
    @Transactional(readOnly = true)
    public List<DenunciationFile> files(KtgsUser user, long denunciationId) {
        if (!maySee(user, get(denunciationId))) {
            throw new AccessDeniedException("sealed files are only for the assigned team and the chair");
        }
        return files.findByDenunciationIdOrderByIdAsc(denunciationId);
    }

    public UploadedFile fileContent(KtgsUser user, long fileId) {
        DenunciationFile f = files.findById(fileId).orElseThrow(() -> new NoSuchElementException("file " + fileId));
        Denunciation d = get(f.getDenunciationId());
        if (!maySee(user, d)) {
            throw new AccessDeniedException("sealed files are only for the assigned team and the chair");
        }
        reads.save(new IdentityRead(d.getId(), d.getCommitteeOrgId(), user.getUsername(), clock.instant(),
                IdentityRead.Purpose.DOWNLOAD_FILE, "Tệp " + f.getKind() + " #" + f.getId()));
        return SealedFiles.unpack(cipher.open(f.getSealed()));
    }

    /** Adds a sealed file (the minutes of the identity meeting, a later scan); refused files change nothing. */
    public DenunciationFile addFile(KtgsUser user, long denunciationId, DenunciationFile.Kind kind, UploadedFile file) {
        Denunciation d = get(denunciationId);
        if (!maySee(user, d)) {
            throw new AccessDeniedException("sealed files are only for the assigned team and the chair");
        }
        return store(d.getId(), kind, file, user.getUsername());
    }

    /** At registration (the clerk types the letter in and is allowed to) and when a transfer copies the files. */
    DenunciationFile store(long denunciationId, DenunciationFile.Kind kind, UploadedFile file, String by) {
        UploadPolicy.check(file).ifPresent(refusal -> {
            throw new UploadRefusedException(refusal);
        });
        return files.save(new DenunciationFile(denunciationId, kind, cipher.seal(SealedFiles.pack(file)), file.content().length, by, clock.instant()));
    }

    /** A transfer copies the sealed bytes as they are: the identity travels without being opened. */
    void copyFiles(long fromId, long toId) {
        for (DenunciationFile f : files.findByDenunciationIdOrderByIdAsc(fromId)) {
            files.save(new DenunciationFile(toId, f.getKind(), f.getSealed(), f.getSizeBytes(), f.getUploadedBy(), f.getUploadedAt()));
        }
    }

    boolean hasFile(long denunciationId, DenunciationFile.Kind kind) {
        return files.existsByDenunciationIdAndKind(denunciationId, kind);
    }

    byte[] seal(DenouncerIdentity identity) {
        return cipher.seal(identity.toBytes());
    }

    /** The chair's review: every read of the identities held by the committees the user chairs. */
    @Transactional(readOnly = true)
    public List<IdentityRead> readsFor(KtgsUser chair) {
        return chair.getGrants().stream().filter(g -> g.role() == Role.CHAIR).map(g -> g.orgId()).distinct()
                .flatMap(org -> reads.findByCommitteeOrgIdOrderByReadAtDescIdDesc(org).stream()).toList();
    }

    @Transactional(readOnly = true)
    public List<IdentityRead> readsOf(long denunciationId) {
        return reads.findByDenunciationIdOrderByIdAsc(denunciationId);
    }

    private DenouncerIdentity open(Denunciation d) {
        return d.getIdentitySealed() == null ? new DenouncerIdentity(null, null, null, null)
                : DenouncerIdentity.fromBytes(cipher.open(d.getIdentitySealed()));
    }

    private Denunciation get(long id) {
        return denunciations.findById(id).orElseThrow(() -> new NoSuchElementException("denunciation " + id));
    }
}
