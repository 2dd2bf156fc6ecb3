package dev.guanxi.shared.values;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * Phone numbers as people type them (138 1234 5678, 010-6552 8888, +49 30 1234567, 400-810-8888 转 2):
 * checked with libphonenumber, China as the default region for numbers without a country code.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "CN";

    private PhoneNumbers() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        String trimmed = value.strip();
        if (trimmed.length() > 40 || !trimmed.matches("[+0-9()\\s.\\-/转分机extEXT#]+")) {
            return false;
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(withoutExtensionWords(trimmed), DEFAULT_REGION);
            return UTIL.isPossibleNumber(number);
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** The number in E.164 (+8613812345678) when it parses, else the digits as given. */
    public static String normalize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(withoutExtensionWords(value.strip()), DEFAULT_REGION);
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return value.replaceAll("[^0-9+]", "");
        }
    }

    /** The number without country code and trunk prefix (21 5666 8888 for +86 21 5666 8888 or 021-56668888). */
    public static String nationalNumber(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            return Long.toString(UTIL.parse(withoutExtensionWords(value.strip()), DEFAULT_REGION).getNationalNumber());
        } catch (NumberParseException e) {
            return value.replaceAll("[^0-9]", "");
        }
    }

    private static String withoutExtensionWords(String value) {
        return value.replace("转", " ext ").replace("分机", " ext ");
    }
}
