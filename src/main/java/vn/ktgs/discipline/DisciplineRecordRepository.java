package vn.ktgs.discipline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineRecordRepository extends JpaRepository<DisciplineRecord, Long> {

    List<DisciplineRecord> findByMemberIdOrderByEffectiveOnDescIdDesc(long memberId);

    List<DisciplineRecord> findByOrgIdOrderByEffectiveOnDescIdDesc(long orgId);

    Optional<DisciplineRecord> findFirstByDecisionNumberAndDecidedByOrgIdOrderByIdDesc(String decisionNumber, long decidedByOrgId);

    List<DisciplineRecord> findByDecisionNumberOrderByIdDesc(String decisionNumber);
}
