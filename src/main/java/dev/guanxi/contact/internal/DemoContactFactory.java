package dev.guanxi.contact.internal;

import dev.guanxi.customer.DemoAccountsCreated.DemoAccount;
import dev.guanxi.shared.search.Pinyin;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Makes one believable demo contact at a given account in a given part of its decision chain: a
 * Chinese or (at a foreign company) local name, the post, a company mail address in the company's
 * own style, mobile and extension, WeChat id, birthday, and care notes for key decision makers.
 */
final class DemoContactFactory {

    private final Random random;
    private final Set<String> emails = new HashSet<>();
    private final Set<String> mobiles = new HashSet<>();
    /** Each company writes its addresses one way: zhangwei@, zhang.wei@, wei.zhang@ or zhangw@. */
    private final Map<UUID, Integer> mailStyles = new HashMap<>();
    private int commonest;

    DemoContactFactory(Random random) {
        this.random = random;
    }

    Contact chinese(DemoAccount account, DecisionRole role, boolean keyDecisionMaker) {
        String name = commonest < DemoPeople.COMMONEST.size() ? DemoPeople.COMMONEST.get(commonest++) : chineseName();
        String surname = name.substring(0, 1);
        String given = name.substring(1);
        DemoPeople.Post post = pick(DemoPeople.postsFor(role));
        Contact contact = new Contact(name);
        contact.setGender(DemoPeople.WOMEN_SHORT.contains(given) || DemoPeople.WOMEN_LONG.contains(given)
                ? Gender.FEMALE : Gender.MALE);
        contact.setTitle(post.title());
        contact.setDepartmentName(post.department());
        common(contact, account, role, keyDecisionMaker, " 转 ", DemoPeople.CARE_NOTES);
        String surnameSpelling = Pinyin.of(surname, true).full();
        String givenSpelling = Pinyin.of(given, false).full();
        if (random.nextInt(100) < 85) {
            contact.setEmail(email(account, surnameSpelling, givenSpelling));
        }
        if (random.nextInt(100) < 95) {
            contact.setMobile(mobile(pick(DemoPeople.MOBILE_PREFIXES) + " #### ####"));
        }
        if (random.nextInt(100) < 65) {
            String year = contact.getBirthday() == null ? String.valueOf(10 + random.nextInt(90))
                    : String.valueOf(contact.getBirthday().getYear()).substring(2);
            contact.setWechat(random.nextBoolean() ? surnameSpelling + givenSpelling + year
                    : surnameSpelling + "_" + givenSpelling + "_" + digits(3));
        }
        return contact;
    }

    Contact foreign(DemoAccount account, DecisionRole role, boolean keyDecisionMaker) {
        DemoForeignPeople.Country country = DemoForeignPeople.of(account.country());
        boolean woman = random.nextInt(10) < 4;
        String first = pick(woman ? country.women() : country.men());
        String last = pick(country.surnames());
        DemoPeople.Post post = pick(DemoPeople.postsFor(role));
        Contact contact = new Contact(first + " " + last);
        contact.setGender(woman ? Gender.FEMALE : Gender.MALE);
        contact.setTitle(post.englishTitle());
        contact.setDepartmentName(post.englishDepartment());
        common(contact, account, role, keyDecisionMaker, " ext. ", DemoPeople.ENGLISH_CARE_NOTES);
        contact.setEmail(unique(ascii(first) + "." + ascii(last), account.emailDomain()));
        if (random.nextInt(10) < 7) {
            contact.setMobile(mobile(country.mobile()));
        }
        return contact;
    }

    private void common(Contact contact, DemoAccount account, DecisionRole role, boolean keyDecisionMaker,
                        String extension, List<String> careNotes) {
        contact.setDecisionRole(role);
        contact.setKeyDecisionMaker(keyDecisionMaker);
        if (account.phone() != null && random.nextInt(10) < 6) {
            contact.setPhone(account.phone() + extension + (200 + random.nextInt(700)));
        }
        if (random.nextInt(4) < 3) {
            // decision makers are the older generation; staff were born up to the late 1990s
            int from = role == DecisionRole.DECISION_MAKER ? 1962 : 1970;
            int to = role == DecisionRole.DECISION_MAKER ? 1980 : 1998;
            contact.setBirthday(LocalDate.of(from + random.nextInt(to - from), 1, 1).plusDays(random.nextInt(365)));
        }
        if (keyDecisionMaker) {
            contact.setNotes(pick(careNotes));
        }
    }

    private String chineseName() {
        // a skew towards the front of the list: 王, 李 and 张 are far more frequent than 邵
        double r = random.nextDouble();
        String surname = DemoPeople.SURNAMES.get((int) (r * r * DemoPeople.SURNAMES.size()));
        boolean woman = random.nextBoolean();
        boolean shortName = random.nextInt(100) < 45;
        List<String> given = woman ? (shortName ? DemoPeople.WOMEN_SHORT : DemoPeople.WOMEN_LONG)
                : (shortName ? DemoPeople.MEN_SHORT : DemoPeople.MEN_LONG);
        return surname + pick(given);
    }

    private String email(DemoAccount account, String surname, String given) {
        int style = mailStyles.computeIfAbsent(account.id(), id -> random.nextInt(4));
        String local = switch (style) {
            case 0 -> surname + given;
            case 1 -> surname + "." + given;
            case 2 -> given + "." + surname;
            default -> surname + given.charAt(0);
        };
        return unique(local, account.emailDomain());
    }

    private String unique(String local, String domain) {
        String candidate = local + "@" + domain;
        for (int n = 2; !emails.add(candidate); n++) {
            candidate = local + n + "@" + domain;
        }
        return candidate;
    }

    private String mobile(String pattern) {
        String number;
        do {
            StringBuilder filled = new StringBuilder();
            for (char c : pattern.toCharArray()) {
                filled.append(c == '#' ? (char) ('0' + random.nextInt(10)) : c);
            }
            number = filled.toString();
        } while (!mobiles.add(number));
        return number;
    }

    private String digits(int count) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < count; i++) {
            result.append(random.nextInt(10));
        }
        return result.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
