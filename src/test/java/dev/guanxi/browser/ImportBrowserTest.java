package dev.guanxi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.identity.Role;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A file uploaded through the real import page reaches the preview, whose counts htmx fills in. */
@IntegrationTest
@Tag("browser")
class ImportBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;

    ChromeDriver browser;
    WebDriverWait wait;
    Path file;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            Path shot = Path.of("target", "screenshots", "import-last.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void uploadAFileAndSeeThePreviewCounts() throws Exception {
        IdentityFixtures.TestUser rep = fixtures.user("Import Rep", fixtures.department("Import", null), Role.SALES_REP);
        String marker = Long.toString(System.nanoTime()).substring(7);
        file = Files.createTempFile("contacts-", ".csv");
        Files.writeString(file, "姓名,手机,邮箱\n"
                + "周杰" + marker + ",13700001111,zhoujie" + marker + "@example.cn\n"
                + "吴敏" + marker + ",13700002222,wumin" + marker + "@example.cn\n"
                + "," + "13700003333,nobody" + marker + "@example.cn\n", StandardCharsets.UTF_8);

        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(rep.email());
        browser.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
        browser.findElement(By.id("gx-login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hello"));

        browser.get(url("/imports"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Import data");
        browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        click(By.id("gx-import-submit"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gx-mapping-table")));
        assertThat(browser.findElement(By.id("column-0")).getAttribute("value")).isEqualTo("name");
        click(By.id("gx-mapping-next"));

        // no enumerated column: straight to the preview, which the page polls until it is done
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gx-preview-summary")));
        assertThat(browser.findElement(By.id("gx-preview-summary")).getText())
                .isEqualTo("Preview: 3 rows — 2 will be created, 0 updated, 0 skipped, 1 rejected.");
        assertThat(browser.findElement(By.id("gx-import-rejects")).getText()).contains("Name: required, but empty");
        assertThat(browser.findElement(By.id("gx-import-start")).isDisplayed()).isTrue();
    }

    /** Clicks like a user who first scrolls the button into the middle of the screen. */
    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
