package dev.guanxi.shared.search;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin spellings of Chinese text, so "zhangwei" or "zw" finds 张伟. Characters with several
 * readings take their most common one; a few family names read differently as names (曾 zeng,
 * 单 shan, 解 xie...) are spelled as names when they open a person's name.
 */
public final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final java.util.Map<Character, String> SURNAME_READINGS = java.util.Map.ofEntries(
            java.util.Map.entry('曾', "zeng"), java.util.Map.entry('单', "shan"), java.util.Map.entry('解', "xie"),
            java.util.Map.entry('仇', "qiu"), java.util.Map.entry('朴', "piao"), java.util.Map.entry('区', "ou"),
            java.util.Map.entry('查', "zha"), java.util.Map.entry('盖', "ge"), java.util.Map.entry('尉', "yu"),
            java.util.Map.entry('乐', "yue"), java.util.Map.entry('繁', "po"), java.util.Map.entry('覃', "qin"),
            java.util.Map.entry('长', "chang"), java.util.Map.entry('重', "chong"), java.util.Map.entry('沈', "shen"));

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /** Full pinyin and initials of the Chinese characters in {@code text}; other characters are kept. */
    public static Spelling of(String text, boolean personName) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        boolean anyChinese = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String reading = reading(c, personName && i == 0);
            if (reading != null) {
                anyChinese = true;
                full.append(reading);
                initials.append(reading.charAt(0));
            } else if (Character.isLetterOrDigit(c)) {
                char lower = Character.toLowerCase(c);
                full.append(lower);
            }
        }
        return anyChinese ? new Spelling(full.toString(), initials.toString()) : Spelling.NONE;
    }

    private static String reading(char c, boolean surname) {
        if (!SearchKeys.isHan(c)) {
            return null;
        }
        if (surname && SURNAME_READINGS.containsKey(c)) {
            return SURNAME_READINGS.get(c);
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    public record Spelling(String full, String initials) {
        static final Spelling NONE = new Spelling("", "");

        public boolean isEmpty() {
            return full.isEmpty();
        }
    }
}
