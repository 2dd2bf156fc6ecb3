package dev.guanxi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.identity.Role;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IntegrationTest;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A rep's first minutes in a real browser: sign in, create an account and a contact, find both with
 * the search box (a 2-character Chinese name), and switch the language.
 */
@IntegrationTest
@Tag("browser")
class CustomerJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            Path shot = Path.of("target", "screenshots", "journey-last.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    void signInCreateAnAccountAndAContactFindThemAndSwitchLanguage() {
        IdentityFixtures.TestUser rep = fixtures.user("Browser Rep", fixtures.department("Browser", null), Role.SALES_REP);
        String marker = Long.toString(System.nanoTime()).substring(6);

        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(rep.email());
        browser.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
        browser.findElement(By.id("gx-login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hello, Browser Rep"));

        browser.get(url("/accounts"));
        browser.findElement(By.id("gx-new-account")).click();
        String accountName = "浦东新材料有限公司" + marker;
        browser.findElement(By.id("name")).sendKeys(accountName);
        new Select(browser.findElement(By.id("type"))).selectByValue("distributor");
        new Select(browser.findElement(By.id("grade"))).selectByValue("A");
        browser.findElement(By.id("phone")).sendKeys("021-5888 " + marker.substring(0, 4));
        click(By.id("gx-save-account"));
        wait.until(ExpectedConditions.textToBe(By.id("gx-account-name"), accountName));
        assertThat(browser.getPageSource()).contains("Account " + accountName + " was created.");

        click(By.id("gx-add-contact"));
        browser.findElement(By.id("name")).sendKeys("林静");
        browser.findElement(By.id("mobile")).sendKeys("13912345678");
        new Select(browser.findElement(By.id("decisionRole"))).selectByValue("decision_maker");
        click(By.id("gx-save-contact"));
        wait.until(ExpectedConditions.textToBe(By.id("gx-contact-name"), "林静"));
        assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains(accountName);

        WebElement search = browser.findElement(By.id("gx-global-search"));
        search.sendKeys("林静");
        WebElement contactHit = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[@id='gx-search-suggestions']//a[contains(., '林静') and contains(., '" + marker + "')]")));
        search.clear();
        search.sendKeys("新材");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[@id='gx-search-suggestions']//a[span[@class='gx-suggestion-title' and text()='"
                        + accountName + "']]"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("gx-account-name"), accountName));
        assertThat(contactHit).isNotNull();

        browser.findElement(By.cssSelector("[aria-label='Language']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("gx-lang-zh"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".gx-sidebar"), "客户"));
        assertThat(browser.findElement(By.cssSelector(".gx-sidebar")).getText()).contains("联系人", "公海客户");
        assertThat(browser.findElement(By.id("gx-edit-account")).getText()).isEqualTo("编辑");
        browser.get(url("/contacts"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("联系人");
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
