package vn.ktgs.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fictional province generated from a seed, in the proportions of the seeds
 * (seed 001: a bloc of 74 base organisations — 44 base committees with 288 cells and 30 base cells —
 * and 4,759 members), plus twelve communes and wards. Pure data: {@link DemoDataLoader} writes it.
 */
final class DemoProvince {

    record OrgSpec(String code, String name, OrgLevel level, String parentCode, boolean hasCommittee, String committeeName,
                   int memberCount) {
    }

    static final String CENTRAL = "TW";
    static final String PROVINCE = "T01";
    static final String BLOC = "KCQ";
    static final int BLOC_BASE_COMMITTEES = 44;
    static final int BLOC_BASE_CELLS = 30;
    static final int BLOC_CELLS = 288;
    static final int BLOC_MEMBERS = 4_759;
    static final int COMMUNES = 12;

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE_M = {"Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Công", "Thành"};
    private static final String[] MIDDLE_F = {"Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Hồng"};
    private static final String[] GIVEN_M = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam",
        "Phong", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Hiếu", "Đạt", "Kiên", "Lâm"};
    private static final String[] GIVEN_F = {"Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương",
        "Tâm", "Thảo", "Thủy", "Trang", "Vân", "Yến", "Nhung", "Oanh", "Huyền"};
    private static final String[] AGENCIES = {"Sở Tài chính", "Sở Xây dựng", "Sở Y tế", "Sở Giáo dục và Đào tạo",
        "Sở Nội vụ", "Sở Tư pháp", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ",
        "Sở Văn hóa, Thể thao và Du lịch", "Thanh tra tỉnh", "Kho bạc Nhà nước khu vực", "Bảo hiểm xã hội tỉnh",
        "Cục Thuế tỉnh", "Công ty Điện lực", "Công ty Cấp nước", "Bệnh viện Đa khoa tỉnh", "Trường Đại học",
        "Ngân hàng Chính sách xã hội", "Công ty Cổ phần Môi trường đô thị", "Báo Lâm Giang", "Đài Phát thanh và Truyền hình"};
    private static final String[] PLACES = {"Hòa An", "Tân Phú", "Bình Minh", "Phú Lộc", "Thạnh Mỹ", "An Khánh",
        "Long Điền", "Vĩnh Hưng", "Đông Hòa", "Mỹ Phước", "Tân Lập", "Hưng Thịnh", "Phước Lâm", "Trung Nghĩa"};
    private static final String[] CELL_UNITS = {"Phòng Tổng hợp", "Phòng Kế hoạch", "Phòng Tài vụ", "Văn phòng",
        "Phòng Tổ chức", "Phòng Kỹ thuật", "Phòng Nghiệp vụ", "Phòng Thanh tra", "Phân xưởng", "Chi nhánh"};

    private final Random random;
    final List<OrgSpec> orgs = new ArrayList<>();

    DemoProvince(long seed) {
        this.random = new Random(seed);
        build();
    }

    private void build() {
        orgs.add(new OrgSpec(CENTRAL, "Đảng Cộng sản Việt Nam (Trung ương)", OrgLevel.CENTRAL, null, true,
                "Ủy ban Kiểm tra Trung ương", 0));
        orgs.add(new OrgSpec(PROVINCE, "Đảng bộ tỉnh Lâm Giang", OrgLevel.PROVINCE, CENTRAL, true,
                "Ủy ban Kiểm tra Tỉnh ủy Lâm Giang", 0));
        // The bloc sits directly under the province, on the same tier as communes and wards.
        orgs.add(new OrgSpec(BLOC, "Đảng bộ Khối cơ quan và doanh nghiệp tỉnh", OrgLevel.COMMUNE, PROVINCE, true,
                "Ủy ban Kiểm tra Đảng ủy Khối", 0));
        buildBloc();
        for (int c = 1; c <= COMMUNES; c++) {
            buildCommune(c);
        }
    }

    private void buildBloc() {
        int[] cellsPerCommittee = split(BLOC_CELLS, BLOC_BASE_COMMITTEES);
        int memberUnits = BLOC_CELLS + BLOC_BASE_CELLS;
        int[] membersPerUnit = split(BLOC_MEMBERS, memberUnits);
        int unit = 0;
        for (int b = 1; b <= BLOC_BASE_COMMITTEES; b++) {
            String code = String.format("%s-B%02d", BLOC, b);
            String agency = AGENCIES[(b - 1) % AGENCIES.length] + (b > AGENCIES.length ? " " + ((b - 1) / AGENCIES.length + 1) : "");
            orgs.add(new OrgSpec(code, "Đảng bộ " + agency, OrgLevel.BASE, BLOC, true, "Ủy ban Kiểm tra Đảng ủy " + agency, 0));
            for (int c = 1; c <= cellsPerCommittee[b - 1]; c++) {
                String cellName = "Chi bộ " + CELL_UNITS[(c - 1) % CELL_UNITS.length] + (c > CELL_UNITS.length ? " " + c : "");
                orgs.add(new OrgSpec(code + String.format("-C%02d", c), cellName, OrgLevel.CELL, code, false, null,
                        membersPerUnit[unit++]));
            }
        }
        for (int b = 1; b <= BLOC_BASE_CELLS; b++) {
            String code = String.format("%s-S%02d", BLOC, b);
            String unitName = "Chi bộ " + AGENCIES[(b + 7) % AGENCIES.length] + " " + PLACES[b % PLACES.length];
            orgs.add(new OrgSpec(code, unitName, OrgLevel.BASE, BLOC, false, null, membersPerUnit[unit++]));
        }
    }

    private void buildCommune(int c) {
        String code = String.format("X%02d", c);
        String kind = c % 3 == 0 ? "phường" : "xã";
        String place = PLACES[(c - 1) % PLACES.length];
        orgs.add(new OrgSpec(code, "Đảng bộ " + kind + " " + place, OrgLevel.COMMUNE, PROVINCE, true,
                "Ủy ban Kiểm tra Đảng ủy " + kind + " " + place, 0));
        int cells = 8 + random.nextInt(7);
        for (int k = 1; k <= cells; k++) {
            String unitName = kind.equals("xã") ? "Chi bộ ấp " + k : "Chi bộ khu phố " + k;
            orgs.add(new OrgSpec(code + String.format("-C%02d", k), unitName, OrgLevel.CELL, code, false, null,
                    18 + random.nextInt(25)));
        }
    }

    /** Splits total into n parts that differ by at most a few, in a seeded order. */
    private int[] split(int total, int n) {
        int[] parts = new int[n];
        for (int i = 0; i < n; i++) {
            parts[i] = total / n;
        }
        for (int i = 0; i < total % n; i++) {
            parts[i]++;
        }
        for (int i = 0; i < n; i++) {
            int j = random.nextInt(n);
            int move = Math.min(parts[i] / 4, random.nextInt(3));
            parts[i] -= move;
            parts[j] += move;
        }
        return parts;
    }

    String memberName() {
        boolean female = random.nextInt(100) < 45;
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String middle = female ? MIDDLE_F[random.nextInt(MIDDLE_F.length)] : MIDDLE_M[random.nextInt(MIDDLE_M.length)];
        String given = female ? GIVEN_F[random.nextInt(GIVEN_F.length)] : GIVEN_M[random.nextInt(GIVEN_M.length)];
        return surname + " " + middle + " " + given;
    }

    int birthYear() {
        return 1962 + random.nextInt(40);
    }

    MembershipStatus status() {
        return random.nextInt(100) < 7 ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL;
    }
}
