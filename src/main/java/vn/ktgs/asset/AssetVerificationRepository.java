package vn.ktgs.asset;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssetVerificationRepository extends JpaRepository<AssetVerification, Long> {

    Optional<AssetVerification> findByCaseId(long caseId);

    List<AssetVerification> findByCommitteeOrgIdAndDeclarationYearOrderByIdAsc(long committeeOrgId, int declarationYear);
}
