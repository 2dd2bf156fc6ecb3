package dev.guanxi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.shared.values.PhoneNumbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "138 1234 5678", "+86 138-1234-5678", "010-6552 8888", "0755-28780808",
            "400-810-8888", "+49 30 1234567", "(212) 555-0100", "021-62345678 转 8021", ""})
    void numbersAsPeopleWriteThemAreAccepted(String number) {
        assertThat(PhoneNumbers.isValid(number)).as(number).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "12", "javascript:alert(1)", "1381234567812345678901234567890", "<b>138</b>"})
    void textThatIsNoPhoneNumberIsRefused(String number) {
        assertThat(PhoneNumbers.isValid(number)).as(number).isFalse();
    }
}
