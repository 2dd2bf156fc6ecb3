package dev.guanxi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.identity.Role;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A rep's deal from first contact in a real browser: enter a lead, convert it into account, contact
 * and opportunity, then drag the deal across the pipeline board (the totals follow) and drop it on "lost"
 * with a reason.
 */
@IntegrationTest
@Tag("browser")
class SalesJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start(1440, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            Path shot = Path.of("target", "screenshots", "sales-journey-last.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    void enterALeadConvertItAndWorkTheDealOnTheBoard() {
        IdentityFixtures.TestUser rep = fixtures.user("Board Rep", fixtures.department("Board", null), Role.SALES_REP);
        String company = "杭州云帆科技有限公司" + Long.toString(System.nanoTime()).substring(8);

        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(rep.email());
        browser.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
        browser.findElement(By.id("gx-login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hello, Board Rep"));

        browser.get(url("/leads"));
        click(By.id("gx-new-lead"));
        browser.findElement(By.id("name")).sendKeys("王芳");
        browser.findElement(By.id("company")).sendKeys(company);
        browser.findElement(By.id("mobile")).sendKeys("13700001111");
        new Select(browser.findElement(By.id("source"))).selectByValue("trade_show");
        browser.findElement(By.id("budget")).sendKeys("88000");
        click(By.id("gx-save-lead"));
        wait.until(ExpectedConditions.textToBe(By.id("gx-lead-name"), "王芳"));

        click(By.id("gx-convert-lead"));
        assertThat(browser.findElement(By.id("create-opportunity")).isSelected()).isTrue();
        click(By.id("gx-convert-submit"));
        wait.until(ExpectedConditions.textToBe(By.id("gx-opportunity-name"), company));
        UUID deal = jdbc.sql("select id from opportunities where name = :name").param("name", company).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from contacts c join accounts a on a.id = c.account_id where a.name = :name and c.name = '王芳'")
                .param("name", company).query(Long.class).single()).isEqualTo(1);

        browser.get(url("/opportunities/board"));
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(cardOf(deal)));
        assertThat(card.findElement(By.xpath("ancestor::div[contains(@class,'gx-cards')]")).getDomAttribute("data-stage"))
                .isEqualTo("initial_contact");
        assertThat(columnAmount("initial_contact")).contains("88,000");
        assertThat(summary()).contains("4,400");
        drag(card, By.cssSelector(".gx-cards[data-stage='needs']"));
        wait.until(driver -> "needs".equals(stageOf(deal)));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".gx-cards[data-stage='needs'] .gx-deal[data-id='" + deal + "']")));
        // the board is redrawn with the totals: the amount moved column, the weighted total is now 40%
        wait.until(driver -> columnAmount("needs").contains("88,000"));
        assertThat(columnAmount("initial_contact")).doesNotContain("88,000");
        assertThat(summary()).contains("35,200");

        drag(browser.findElement(cardOf(deal)), By.cssSelector(".gx-cards[data-close='lost']"));
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gx-close-reason")));
        wait.until(ExpectedConditions.elementToBeClickable(reason)).sendKeys("预算被砍");
        click(By.id("gx-close-submit"));
        wait.until(driver -> "lost".equals(jdbc.sql("select status from opportunities where id = :id")
                .param("id", deal).query(String.class).single()));
        assertThat(jdbc.sql("select loss_reason from opportunities where id = :id").param("id", deal).query(String.class).single())
                .isEqualTo("预算被砍");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(cardOf(deal)));
    }

    private String columnAmount(String stage) {
        return browser.findElement(By.cssSelector("section.gx-column[data-stage='" + stage + "'] .gx-column-amount")).getText();
    }

    private String summary() {
        return browser.findElement(By.cssSelector(".gx-board-summary")).getText();
    }

    private String stageOf(UUID deal) {
        return jdbc.sql("select s.code from opportunities o join sales_stages s on s.id = o.stage_id where o.id = :id")
                .param("id", deal).query(String.class).single();
    }

    private static By cardOf(UUID deal) {
        return By.cssSelector(".gx-deal[data-id='" + deal + "']");
    }

    /** Drags as a mouse does: press, move a little to start the drag, glide to the column, let go. */
    private void drag(WebElement card, By target) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'})", card);
        WebElement column = browser.findElement(target);
        new Actions(browser).moveToElement(card).clickAndHold().moveByOffset(10, 10).pause(Duration.ofMillis(150))
                .moveToElement(column).pause(Duration.ofMillis(150)).moveByOffset(0, 5).pause(Duration.ofMillis(150))
                .release().perform();
    }

    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
