package vn.ktgs.supervision;

import java.time.LocalDate;

/**
 * An observation as the supervision page lists it: everything but the attached file's bytes, which only
 * {@link ObservationFile} maps (loaded on download).
 */
public record ObservationRow(Long id, ObservationKind kind, LocalDate observedOn, String subjectName, String content,
                             String documentName, String documentType, String recordedBy) {
}
