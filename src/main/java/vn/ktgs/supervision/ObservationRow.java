package vn.ktgs.supervision;

import java.time.LocalDate;

/**
 * An observation as the supervision page lists it: everything but the attached file's bytes, which Hibernate
 * would otherwise load with every row (a lazy {@code @Lob} needs bytecode enhancement, which we do not use).
 */
public record ObservationRow(Long id, ObservationKind kind, LocalDate observedOn, String subjectName, String content,
                             String documentName, String documentType, String recordedBy) {
}
