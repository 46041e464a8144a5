package vn.ktgs.asset;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeclarantRepository extends JpaRepository<Declarant, Long> {

    /** Ordered by id so a draw's pool has one order on every database (the draw is reproducible from its seed). */
    List<Declarant> findByCommitteeOrgIdAndDeclarationYearOrderByIdAsc(long committeeOrgId, int declarationYear);

    Optional<Declarant> findByCommitteeOrgIdAndDeclarationYearAndMemberId(long committeeOrgId, int declarationYear, long memberId);

    boolean existsByCommitteeOrgIdAndDeclarationYear(long committeeOrgId, int declarationYear);
}
