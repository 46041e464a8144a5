package vn.ktgs.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.*;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.inspection.ViolationSource;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.Grant;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.form.*;

/** Regular supervision: inspectors record what they observed; an observation may raise a sign of violation. */
@Service
@Transactional
public class ObservationService {

    /** The entry form (Camunda Forms JSON like every other form, but no process step: it is not under forms/). */
    private static final String FORM = "/supervision/observation-record.form";

    private final ObservationRepository observations;
    private final ObservationFileRepository files;
    private final Subjects subjects;
    private final SignService signs;
    private final FormDefinition form;
    private final Clock clock;

    ObservationService(ObservationRepository observations, ObservationFileRepository files, Subjects subjects, SignService signs, Clock clock) {
        this.clock = clock;
        this.observations = observations;
        this.files = files;
        this.subjects = subjects;
        this.signs = signs;
        try (InputStream in = ObservationService.class.getResourceAsStream(FORM)) {
            this.form = FormParser.parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public FormDefinition form() {
        return form;
    }

    /** A filter of the page; null fields do not filter. */
    public record Filter(ObservationKind kind, LocalDate from, LocalDate to, String text) {
    }

    /** Saves the observation (and its sign, when raised); bad input throws {@link FormValidationException}, nothing saved. */
    public Observation record(KtgsUser user, Map<String, Object> values) {
        Grant committee = SupervisionScope.committee(user)
                .orElseThrow(() -> new AccessDeniedException("only committee members record observations"));
        LocalDate today = VietnamTime.localDate(clock.instant());
        List<FieldError> errors = new ArrayList<>(FormValidator.validate(form, values, today));
        if (errors.isEmpty() && ((LocalDate) values.get("observedOn")).isAfter(today)) {
            errors.add(FieldError.of("observedOn", "notAfterToday"));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        Subject subject = subjects.fromForm(values, committee.orgPath());
        Observation observation = new Observation(committee.orgId(), committee.orgPath(),
                ObservationKind.valueOf(Subjects.text(values, "kind")), (LocalDate) values.get("observedOn"), subject,
                Subjects.text(values, "content"), user.getUsername(), clock.instant());
        // type, content signature and size were checked by FormValidator (UploadPolicy) above
        UploadedFile file = values.get("document") instanceof UploadedFile f && f.content().length > 0 ? f : null;
        if (file != null) {
            observation.attach(file.fileName(), file.contentType(), file.sha256());
        }
        observation = observations.saveAndFlush(observation);
        if (file != null) {
            files.findById(observation.getId()).orElseThrow().store(file.content());
        }
        if (Boolean.TRUE.equals(values.get("raiseSign"))) {
            signs.raise(committee.orgId(), committee.orgPath(), committee.orgCode(), ViolationSource.REGULAR_SUPERVISION,
                    subject, Subjects.text(values, "signContent"), observation.getId(), user.getUsername());
        }
        return observation;
    }

    /** The user's committee's observations matching the filter, newest first. */
    @Transactional(readOnly = true)
    public List<ObservationRow> search(KtgsUser user, Filter filter, int offset, int limit) {
        return SupervisionScope.committee(user).map(c -> observations.search(c.orgId(), filter.kind(),
                filter.from() == null ? LocalDate.of(1900, 1, 1) : filter.from(),
                filter.to() == null ? LocalDate.of(9999, 12, 31) : filter.to(),
                filter.text() == null ? "" : filter.text().trim(), PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))))
                .orElse(List.of());
    }

    /** The attached document, for a user of the same committee. */
    @Transactional(readOnly = true)
    public byte[] document(KtgsUser user, long observationId) {
        Observation o = observations.findById(observationId).orElseThrow();
        if (!user.canSeeOrgPath(o.getCommitteeOrgPath())) {
            throw new AccessDeniedException("observation " + observationId);
        }
        return files.findById(observationId).map(ObservationFile::content).orElse(null);
    }
}
