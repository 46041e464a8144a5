package vn.ktgs.inspection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionFindingRepository extends JpaRepository<InspectionFinding, Long> {

    List<InspectionFinding> findByCaseIdOrderBySeqAsc(Long caseId);

    void deleteByCaseId(Long caseId);
}
