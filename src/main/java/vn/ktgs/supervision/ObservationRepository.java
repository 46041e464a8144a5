package vn.ktgs.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObservationRepository extends JpaRepository<Observation, Long> {

    /** A committee's observations, filtered by kind, date range and text (subject or content). */
    @Query("select new vn.ktgs.supervision.ObservationRow(o.id, o.kind, o.observedOn, o.subjectName, o.content, "
            + "o.documentName, o.documentType, o.recordedBy) from Observation o where o.committeeOrgId = ?1 and (?2 is null or o.kind = ?2) "
            + "and o.observedOn >= ?3 and o.observedOn <= ?4 and (lower(o.subjectName) like lower(concat('%', ?5, '%')) "
            + "or lower(o.content) like lower(concat('%', ?5, '%'))) order by o.observedOn desc, o.id desc")
    List<ObservationRow> search(long committeeOrgId, ObservationKind kind, LocalDate from, LocalDate to, String text, Pageable page);
}
