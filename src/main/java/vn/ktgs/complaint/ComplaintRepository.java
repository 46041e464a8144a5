package vn.ktgs.complaint;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByCaseId(long caseId);

    Optional<Complaint> findByActiveRecordId(long disciplineRecordId);
}
