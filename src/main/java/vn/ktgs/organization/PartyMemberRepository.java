package vn.ktgs.organization;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartyMemberRepository extends JpaRepository<PartyMember, Long> {

    @Query("select m from PartyMember m join fetch m.organization o join fetch m.managingOrg "
            + "where o.path like concat(?1, '%') and lower(m.fullName) like lower(concat('%', ?2, '%')) order by m.fullName, m.id")
    List<PartyMember> searchWithin(String pathPrefix, String text, Pageable page);

    @Query("select count(m) from PartyMember m where m.organization.path like concat(?1, '%') "
            + "and lower(m.fullName) like lower(concat('%', ?2, '%'))")
    long countWithin(String pathPrefix, String text);

    @Query("select count(m) from PartyMember m where m.organization.id = ?1 and m.status = vn.ktgs.organization.MembershipStatus.FULL "
            + "and m.membershipEndedOn is null")
    long countFullMembers(long orgId);
}
