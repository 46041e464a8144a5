package vn.ktgs.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findByCode(String code);

    List<Organization> findByParentIdOrderByName(Long parentId);

    List<Organization> findByParentIdIsNullOrderByName();

    @Query("select count(o) from Organization o where o.parentId = ?1")
    long countChildren(Long parentId);

    /**
     * By a part of the name without tone marks (folded, {@code pattern}; {@code plain} for a row not folded yet) or the
     * start of the code (the options show both, "Đảng bộ … (KCQ-B01)").
     */
    @Query("select o from Organization o where o.path like concat(?1, '%') and o.level <> vn.ktgs.organization.OrgLevel.CENTRAL "
            + "and (o.searchName like ?2 escape '!' or (o.searchName is null and lower(o.name) like lower(?3) escape '!') "
            + "or lower(o.code) like lower(concat(?4, '%')) escape '!') order by o.path")
    List<Organization> searchWithin(String pathPrefix, String pattern, String plain, String code, Pageable page);

    List<Organization> findTop500BySearchNameIsNull();
}
