package vn.ktgs.asset;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualDrawRepository extends JpaRepository<AnnualDraw, Long> {

    Optional<AnnualDraw> findByCommitteeOrgIdAndDrawYear(long committeeOrgId, int drawYear);
}
