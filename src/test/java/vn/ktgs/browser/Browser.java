package vn.ktgs.browser;

import java.nio.file.*;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.*;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ktgs.support.HeadlessChromium;

/**
 * A headless Chromium driving KTGS as a user does: log in with a demo user, open a step from the inbox,
 * fill the rendered form fields (ids {@code field-<key>}) and read grids. Shared by the browser journeys.
 */
final class Browser {

    final WebDriver driver;
    final WebDriverWait wait;
    private final int port;

    Browser(int port) {
        this.port = port;
        this.driver = HeadlessChromium.start();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Saves a screenshot under target/ (what the page looked like when the test ended) and quits. */
    void quit(String name) throws Exception {
        Files.write(Path.of("target", "browser-" + name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.quit();
    }

    /**
     * A picture of the page for the guide in {@code docs/screenshots} (README, "Screenshots"): taken only when the run
     * asks for it with {@code -Dktgs.screenshots=<dir>}, so the journeys stay as fast as they are without.
     */
    void shot(String name) throws java.io.IOException {
        String dir = System.getProperty("ktgs.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        settle();
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** {@link #complete()}, with a picture of the confirmation a step that cannot be undone asks for. */
    void completeConfirming(String shotName) throws java.io.IOException {
        click(By.id("complete"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-complete")));
        shot(shotName);
        click(By.id("confirm-complete"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-grid")));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    void login(String username) {
        if (driver.findElements(By.cssSelector("input[name='username']")).isEmpty()) { // after a logout we are there already
            driver.get(url("/login"));
        }
        type("input[name='username']", username);
        type("input[name='password']", "demo");
        click(By.cssSelector("vaadin-button[slot='submit']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), username));
    }

    void logout() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
    }

    /** Opens, from the inbox, the step of the case whose name starts with {@code step}; waits for its page. */
    void openTaskOfCase(String caseNumber, String step) {
        // as a user would: the case number typed into the inbox's search, then the step's name clicked
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#inbox-search input")));
        search.clear();
        search.sendKeys(caseNumber);
        for (int attempt = 0; ; attempt++) {
            try {
                WebElement link = wait.until(d -> d.findElements(By.cssSelector("#inbox-grid a[data-case='" + caseNumber + "']")).stream()
                        .filter(a -> a.getText().startsWith(step)).findFirst().orElse(null));
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
                link.click();
                break;
            } catch (StaleElementReferenceException rerendered) {
                if (attempt == 2) throw rerendered;
            }
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), step));
    }

    /**
     * Completes the open step and waits for the inbox, where a completed step returns. A step that cannot be undone
     * asks first, with what will be recorded: the user confirms.
     */
    void complete() {
        click(By.id("complete"));
        wait.until(d -> !d.findElements(By.id("inbox-grid")).isEmpty() || !d.findElements(By.id("confirm-complete")).isEmpty());
        if (driver.findElements(By.id("inbox-grid")).isEmpty()) {
            click(By.id("confirm-complete"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-grid")));
        }
    }

    String gridText() {
        return String.join("\n", texts("vaadin-grid-cell-content"));
    }

    String gridText(String gridId) {
        return String.join("\n", texts("#" + gridId + " vaadin-grid-cell-content"));
    }

    /**
     * The text of every shown element matching {@code css}, in one round trip (a full inbox has hundreds of cells);
     * rows the grid keeps hidden for reuse, with their old text, are left out.
     */
    @SuppressWarnings("unchecked")
    List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(SHOWN + ".map(e => e.innerText.trim())", css);
    }

    private static final String SHOWN = "return Array.from(document.querySelectorAll(arguments[0])).filter(e => e.getClientRects().length > 0)";

    /** The text of the cells of the row of {@code gridId} holding a cell that starts with {@code rowText}. */
    List<String> row(String gridId, String rowText, int columns) {
        List<String> texts = texts("#" + gridId + " vaadin-grid-cell-content");
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(rowText)) {
                return texts.subList(i, Math.min(texts.size(), i + columns));
            }
        }
        throw new AssertionError("no row " + rowText + " in " + gridId);
    }

    /** Clicks the grid cell starting with {@code text}, which selects its row. */
    void selectRow(String gridId, String text) {
        wait.until(d -> gridText(gridId).contains(text));
        driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().startsWith(text)).findFirst().orElseThrow().click();
    }

    /** Follows the link named {@code fileName} in the grid as the browser would, and returns the file's first bytes as text. */
    String download(String gridId, String fileName) {
        WebElement link = driver.findElement(By.xpath("//*[@id='" + gridId + "']//a[normalize-space(.)='" + fileName + "']"));
        Object head = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0].href).then(r => r.arrayBuffer())"
                        + ".then(b => done(String.fromCharCode(...new Uint8Array(b.slice(0, 8)))), e => done('failed: ' + e));",
                link);
        return String.valueOf(head);
    }

    void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
    }

    /** Types into a rendered form field: a text field's input or a text area's textarea. */
    void fill(String key, String text) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-" + key)));
        String inner = "vaadin-text-area".equals(field.getTagName()) ? "textarea" : "input";
        type("#field-" + key + " " + inner, text);
    }

    /** Types a date as the Vietnamese date picker shows it (dd/MM/yyyy) and commits it. */
    void fillDate(String key, java.time.LocalDate date) {
        type("#field-" + key + " input", date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        driver.findElement(By.cssSelector("#field-" + key + " input")).sendKeys(Keys.ENTER);
    }

    /** Ticks a check box by its label, as a user does (the input itself is styled away). */
    void check(String key) {
        click(By.cssSelector("#field-" + key + " label"));
        wait.until(d -> d.findElement(By.id("field-" + key)).getAttribute("checked") != null);
    }

    /** Attaches a file to the form's upload and waits until the upload finished. */
    void upload(String key, Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-" + key)));
        upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const files = document.getElementById(arguments[0]).files; return files.length > 0 && files.every(f => f.complete);",
                "field-" + key)));
    }

    /** What a web component shows, its own (shadow) texts included. */
    String shadowText(String id) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return (e.shadowRoot ? e.shadowRoot.textContent : '') + ' ' + e.innerText;", id));
    }

    /** Waits until the page has no request to the server in flight (what Vaadin TestBench's waitForVaadin does). */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const flow = window.Vaadin && window.Vaadin.Flow; if (!flow || !flow.clients) return true;"
                        + " return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /** Clicks as a user does: the element scrolled to the middle of the window first, clear of the page's edges. */
    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    void chooseRadio(String fieldId, String labelStart) {
        wait.until(d -> d.findElements(By.cssSelector("#" + fieldId + " vaadin-radio-button")).size() > 0);
        for (WebElement radio : driver.findElements(By.cssSelector("#" + fieldId + " vaadin-radio-button"))) {
            if (radio.getText().startsWith(labelStart)) {
                radio.findElement(By.tagName("input")).click();
                return;
            }
        }
        throw new AssertionError("no radio " + labelStart + " in " + fieldId);
    }

    void chooseFromComboBox(String fieldId, String text) {
        // the lookup may appear only after the choice before it (showWhen): wait for the server round trip
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(text);
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-combo-box-item")));
        item.click();
        wait.until(d -> !driver.findElement(By.cssSelector("#" + fieldId + " input")).getAttribute("value").isBlank());
    }

    /** Types {@code text} into a lookup and picks the suggestion that contains {@code item} (the filter answers from the server). */
    void chooseFromComboBox(String fieldId, String text, String item) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(text);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//vaadin-combo-box-item[contains(., '" + item + "')]"))).click();
        wait.until(d -> driver.findElement(By.cssSelector("#" + fieldId + " input")).getAttribute("value").contains(item));
    }

    /** Types {@code text} into a multi-select lookup, picks the suggestion containing {@code item}, and sees its chip. */
    void chooseTag(String fieldId, String text, String item) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(text);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + item + "')]"))).click();
        input.sendKeys(Keys.ESCAPE);
        // the chips live in the component's shadow root: ask the component what it holds
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return (document.getElementById(arguments[0]).selectedItems || []).some(i => JSON.stringify(i).includes(arguments[1]))",
                fieldId, item)));
        settle();
    }

    void chooseFromSelect(String fieldId, String text) {
        click(By.id(fieldId));
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-select-item[contains(., '" + text + "')]")));
        item.click();
    }
}
