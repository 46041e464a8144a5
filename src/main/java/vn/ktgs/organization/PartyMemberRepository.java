package vn.ktgs.organization;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartyMemberRepository extends JpaRepository<PartyMember, Long> {

    /**
     * Members within a subtree whose folded name holds {@code pattern} (TextFold.containsPattern, "%" for all); a row not
     * folded yet (a bulk load before the start-up fold) is matched by its plain name against {@code plain}.
     */
    @Query("select m from PartyMember m join fetch m.organization o join fetch m.managingOrg "
            + "where o.path like concat(?1, '%') and (m.searchName like ?2 escape '!' "
            + "or (m.searchName is null and lower(m.fullName) like lower(?3) escape '!')) order by m.fullName, m.id")
    List<PartyMember> searchWithin(String pathPrefix, String pattern, String plain, Pageable page);

    @Query("select count(m) from PartyMember m where m.organization.path like concat(?1, '%') "
            + "and (m.searchName like ?2 escape '!' or (m.searchName is null and lower(m.fullName) like lower(?3) escape '!'))")
    long countWithin(String pathPrefix, String pattern, String plain);

    /** Rows written before the folded column or around the application (MemberSearchBackfill). */
    List<PartyMember> findTop500BySearchNameIsNull();

    @Query("select count(m) from PartyMember m where m.organization.id = ?1 and m.status = vn.ktgs.organization.MembershipStatus.FULL "
            + "and m.membershipEndedOn is null")
    long countFullMembers(long orgId);
}
