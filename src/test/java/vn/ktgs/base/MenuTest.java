package vn.ktgs.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ktgs.support.KaribuTest;

/** The side menu: grouped by what the user does, with icons, and a cell's secretary sees what a cell does. */
class MenuTest extends KaribuTest {

    private static List<String> labels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void the_chairs_menu_is_grouped_work_first_each_entry_with_an_icon() {
        login("chunhiem");
        UI.getCurrent().navigate("inbox");
        List<String> groups = _find(SideNav.class).stream().map(SideNav::getLabel).toList();
        assertThat(groups).startsWith("Công việc", "Hồ sơ").contains("Đơn thư", "Báo cáo", "Quản trị");
        assertThat(_find(SideNavItem.class)).allSatisfy(item -> assertThat(item.getPrefixComponent()).isNotNull());
        assertThat(labels()).contains("Xác minh tài sản");
    }

    @Test
    void a_cell_secretary_sees_what_a_cell_does() {
        login("bithu");
        UI.getCurrent().navigate("inbox");
        assertThat(labels()).contains("Hộp công việc", "Hồ sơ vụ việc").doesNotContain("Xác minh tài sản", "Thẩm quyền kỷ luật", "Người dùng");
        login("chunhiem");
    }

    @Test
    void every_menu_icon_is_one_of_vaadins() throws Exception {
        Pattern icon = Pattern.compile("@Menu\\([^)]*icon = \"vaadin:([a-z0-9-]+)\"");
        List<String> unknown = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = icon.matcher(Files.readString(f));
                while (m.find()) {
                    found++;
                    try {
                        VaadinIcon.valueOf(m.group(1).toUpperCase().replace('-', '_'));
                    } catch (IllegalArgumentException none) {
                        unknown.add(m.group(1));
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(20);
        assertThat(unknown).isEmpty();
    }
}
