package vn.ktgs.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.ktgs.organization.OrgLevel;

interface CoverageQuotaRepository extends JpaRepository<CoverageQuota, Long> {

    Optional<CoverageQuota> findByOrgLevel(OrgLevel level);

    List<CoverageQuota> findAllByOrderByIdAsc();
}
