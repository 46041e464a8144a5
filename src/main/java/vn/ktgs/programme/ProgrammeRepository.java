package vn.ktgs.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    List<Programme> findByCommitteeOrgIdOrderByStartYearDescKindAsc(Long committeeOrgId);

    Optional<Programme> findByCommitteeOrgIdAndKindAndStartYear(Long committeeOrgId, ProgrammeKind kind, int startYear);
}
