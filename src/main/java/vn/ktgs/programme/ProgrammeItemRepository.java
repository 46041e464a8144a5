package vn.ktgs.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeItemRepository extends JpaRepository<ProgrammeItem, Long> {

    List<ProgrammeItem> findByProgrammeIdOrderByPlanYearAscQuarterNoAscIdAsc(Long programmeId);

    Optional<ProgrammeItem> findByProgrammeIdAndKindAndSubjectKey(Long programmeId, ItemKind kind, String subjectKey);

    Optional<ProgrammeItem> findByCaseId(Long caseId);
}
