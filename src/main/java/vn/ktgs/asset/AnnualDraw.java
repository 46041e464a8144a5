package vn.ktgs.asset;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The record of a committee's annual random selection: the seed, the size of the list drawn from, who was drawn
 * (member ids in drawing order), who drew and when. With the seed and the list, anyone can draw again and check.
 */
@Entity
@Table(name = "asset_draw")
public class AnnualDraw {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long committeeOrgId;
    private int drawYear;
    private long seed;
    private int poolSize;
    private int drawnCount;
    private Integer sharePercent;
    @Column(length = 1_000_000)
    private String drawnMemberIds;
    private String drawnBy;
    private Instant drawnAt;

    protected AnnualDraw() {
    }

    AnnualDraw(long committeeOrgId, int drawYear, long seed, int poolSize, Integer sharePercent, List<Long> drawn,
               String drawnBy, Instant drawnAt) {
        this.committeeOrgId = committeeOrgId;
        this.drawYear = drawYear;
        this.seed = seed;
        this.poolSize = poolSize;
        this.sharePercent = sharePercent;
        this.drawnCount = drawn.size();
        this.drawnMemberIds = drawn.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    public Long getId() { return id; }
    public long getCommitteeOrgId() { return committeeOrgId; }
    public int getDrawYear() { return drawYear; }
    public long getSeed() { return seed; }
    public int getPoolSize() { return poolSize; }
    public int getDrawnCount() { return drawnCount; }
    public Integer getSharePercent() { return sharePercent; }
    public String getDrawnBy() { return drawnBy; }
    public Instant getDrawnAt() { return drawnAt; }

    public List<Long> drawnMemberIds() {
        return drawnMemberIds.isEmpty() ? List.of() : Arrays.stream(drawnMemberIds.split(",")).map(Long::valueOf).toList();
    }
}
