package dev.guanxi.customer.internal;

import dev.guanxi.customer.Industry;
import dev.guanxi.customer.internal.DemoPlaces.City;
import dev.guanxi.customer.internal.DemoPlaces.ForeignCity;
import dev.guanxi.customer.internal.DemoTrades.Trade;
import dev.guanxi.shared.search.Pinyin;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Makes one believable demo account: a name that fits its city and trade, an address, switchboard,
 * web address and credit code of its place, and figures in proportion to its grade. Names and mail
 * domains are unique; web and mail addresses are under example.com, reserved for examples, so a mail
 * sent from a demo installation reaches nobody.
 */
final class DemoAccountFactory {

    private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final double CNY_PER_USD = 7.1;
    private static final double CNY_PER_EUR = 7.8;
    /** By grade A, B, C, D: revenue in yuan (up to ten times this), employees, credit limit (up to four times). */
    private static final double[] REVENUE_FROM = {5e8, 5e7, 1e7, 2e6};
    private static final int[] EMPLOYEES_FROM = {800, 200, 50, 10};
    private static final int[] EMPLOYEES_TO = {12000, 1500, 400, 80};
    private static final double[] CREDIT_FROM = {5e6, 1.2e6, 2.5e5, 0};
    private static final List<List<Integer>> PAYMENT_TERMS =
            List.of(List.of(60, 90), List.of(30, 45, 60), List.of(30), List.of(0));

    private final Random random;
    private final Set<String> names = new HashSet<>();
    private final Set<String> domains = new HashSet<>();
    private int erpNumber = 10000;

    DemoAccountFactory(Random random) {
        this.random = random;
    }

    /** A company of this trade in this city with a made-up name such as 苏州宏达钢铁贸易有限公司. */
    Account chinese(City city, Trade trade, Grade grade, boolean pool) {
        String brand;
        String name;
        do {
            brand = pick(DemoTrades.BRANDS);
            String prefix = random.nextInt(10) < 6 ? city.name() : city.provinceShort();
            name = prefix + brand + pick(trade.suffixes());
        } while (names.contains(name));
        return chinese(name, brand, city, trade, grade, pool);
    }

    Account chinese(String name, String brand, City city, Trade trade, Grade grade, boolean pool) {
        Account account = common(name, trade, grade, pool, 1.0);
        String district = pick(city.districts());
        account.setRegion(city.region());
        account.setCountry("中国");
        account.setProvince(city.province());
        account.setCity(city.name());
        String place = (city.municipality() ? city.province() : city.province() + city.name() + "市") + district;
        account.setAddress(place + pick(DemoPlaces.ROADS) + (1 + random.nextInt(999)) + "号");
        account.setPostalCode(city.postalPrefix() + digits(3));
        if (trade.capacityUnit() != null && random.nextInt(10) < 4) {
            account.setShippingAddress(place + pick(DemoPlaces.ROADS) + (1 + random.nextInt(399)) + "号（收货仓库）");
        }
        phones(account, city.phone());
        String slug = Pinyin.of(brand, false).full() + trade.domainWord();
        web(account, domain(slug, city.latinName().toLowerCase(Locale.ROOT)), random.nextBoolean() ? "info" : "sales");
        account.setTaxId(creditCode(city.divisionCode()));
        if (trade.capacityUnit() != null) {
            account.setCapacity(scaled(trade.capacityLow(), trade.capacityHigh(), grade) + " " + trade.capacityUnit());
        }
        if (trade.demandLow() > 0) {
            account.setAnnualDemand(String.format(Locale.ROOT, "%,d 吨/年", demand(trade, grade)));
        }
        account.setDescription(trade.about());
        account.setTags(tags(grade, DemoTrades.TAGS, "重点客户", "款到发货"));
        return account;
    }

    /** A foreign company such as "Lakeside Steel Trading Inc.". */
    Account foreign(ForeignCity city, Trade trade, Grade grade, boolean pool) {
        String brand;
        String name;
        do {
            brand = pick(city.brands());
            name = brand + " " + pick(trade.englishWords()) + " " + pick(city.legalForms());
        } while (names.contains(name));
        return foreign(name, brand, city, trade, grade, pool);
    }

    Account foreign(String name, String brand, ForeignCity city, Trade trade, Grade grade, boolean pool) {
        double perCny = "EUR".equals(city.currency()) ? CNY_PER_EUR : CNY_PER_USD;
        Account account = common(name, trade, grade, pool, 1 / perCny);
        account.setCurrency(city.currency());
        account.setRegion(city.region());
        account.setCountry(city.country());
        account.setCity(city.name());
        String street = pick(city.streets());
        int number = 1 + random.nextInt(400);
        account.setAddress(city.numberFirst() ? number + " " + street + ", " + city.name() + " " + city.postalCode()
                : street + " " + number + ", " + city.postalCode() + " " + city.name());
        account.setPostalCode(city.postalCode());
        phones(account, city.phone());
        web(account, domain(ascii(brand) + "-" + trade.domainWord(), ascii(city.name())), "info");
        account.setTaxId(foreignTaxId(city.country()));
        if (trade.tonnes()) {
            int tonnes = scaled(trade.capacityLow(), trade.capacityHigh(), grade) * 10_000;
            account.setCapacity(String.format(Locale.ROOT, "%,d t/yr", tonnes));
        }
        if (trade.demandLow() > 0) {
            account.setAnnualDemand(String.format(Locale.ROOT, "%,d t/yr", demand(trade, grade)));
        }
        account.setDescription(trade.englishAbout());
        account.setTags(tags(grade, DemoTrades.ENGLISH_TAGS, "key account", "prepayment"));
        return account;
    }

    /** What does not depend on the place; money in the account's currency ({@code perCny} of a yuan). */
    private Account common(String name, Trade trade, Grade grade, boolean pool, double perCny) {
        names.add(name);
        Account account = new Account(name);
        account.setIndustry(trade.industry());
        account.setGrade(grade);
        account.setType(type(trade));
        account.setStatus(status(grade, pool));
        // trade shows, imports of old customer lists and referrals bring most accounts
        account.setSource(weighted(random, AccountSource.values(), 10, 10, 5, 8, 2, 15, 18, 10, 17, 5));
        int g = grade.ordinal();
        account.setAnnualRevenue(money(REVENUE_FROM[g], REVENUE_FROM[g] * 10, perCny, 3));
        account.setEmployees(rounded((int) logUniform(EMPLOYEES_FROM[g], EMPLOYEES_TO[g])));
        // D (不予服务): no credit at all, cash before delivery (款到发货)
        account.setCreditLimit(grade == Grade.D ? BigDecimal.ZERO : money(CREDIT_FROM[g], CREDIT_FROM[g] * 4, perCny, 2));
        account.setPaymentTermsDays(pick(PAYMENT_TERMS.get(g)));
        if (account.getStatus() != AccountStatus.PROSPECT) {
            account.setExternalId("KH" + erpNumber++);
        }
        return account;
    }

    private AccountType type(Trade trade) {
        if (trade.industry() == Industry.WHOLESALE_RETAIL) {
            return random.nextInt(10) < 6 ? AccountType.TRADER : AccountType.DISTRIBUTOR;
        }
        if (trade.industry() == Industry.LOGISTICS) {
            return AccountType.PARTNER;
        }
        return weighted(random, new AccountType[] {AccountType.END_CUSTOMER, AccountType.DISTRIBUTOR,
                AccountType.SUPPLIER, AccountType.COMPETITOR}, 75, 12, 8, 5);
    }

    /** Pool accounts are prospects nobody works on, or customers that went quiet or were lost. */
    private AccountStatus status(Grade grade, boolean pool) {
        if (pool) {
            AccountStatus[] unattended = {AccountStatus.PROSPECT, AccountStatus.DORMANT, AccountStatus.LOST};
            return weighted(random, unattended, 5, 3, 2);
        }
        return grade == Grade.D
                ? weighted(random, AccountStatus.values(), 3, 3, 3, 1)
                : weighted(random, AccountStatus.values(), 2, 7, 1, 0);
    }

    private void phones(Account account, String pattern) {
        String phone = fill(pattern);
        account.setPhone(phone);
        if (random.nextBoolean()) {
            char last = phone.charAt(phone.length() - 1);
            account.setFax(phone.substring(0, phone.length() - 1) + (char) ('0' + (last - '0' + 1) % 10));
        }
    }

    private void web(Account account, String domain, String mailbox) {
        account.setWebsite("www." + domain);
        account.setEmail(mailbox + "@" + domain);
    }

    private String domain(String slug, String qualifier) {
        String candidate = slug;
        for (int n = 2; domains.contains(candidate); n++) {
            candidate = n == 2 ? qualifier + slug : qualifier + slug + n;
        }
        domains.add(candidate);
        return candidate + ".example.com";
    }

    private List<String> tags(Grade grade, List<String> pool, String keyAccountTag, String prepaymentTag) {
        List<String> tags = new ArrayList<>();
        if (grade == Grade.A) {
            tags.add(keyAccountTag);
        }
        if (grade == Grade.D) {
            tags.add(prepaymentTag);
        }
        // a D-grade account pays in advance: no credit-related tags beside that one
        int more = grade == Grade.D ? 0 : grade == Grade.C ? random.nextInt(2) : 1 + random.nextInt(2);
        for (int i = 0; i < more; i++) {
            String tag = pick(pool);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** A unified social credit code (统一社会信用代码) with a valid check character (GB 32100-2015). */
    private String creditCode(String divisionCode) {
        StringBuilder code = new StringBuilder("91").append(divisionCode);
        for (int i = 0; i < 9; i++) {
            code.append(CREDIT_CODE_CHARACTERS.charAt(random.nextInt(i == 8 ? 10 : CREDIT_CODE_CHARACTERS.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CODE_CHARACTERS.indexOf(code.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
        }
        return code.append(CREDIT_CODE_CHARACTERS.charAt((31 - sum % 31) % 31)).toString();
    }

    private String foreignTaxId(String country) {
        return switch (country) {
            case "Germany" -> "DE" + digits(9);
            case "Netherlands" -> "NL" + digits(9) + "B01";
            case "Italy" -> "IT" + digits(11);
            case "France" -> "FR" + digits(11);
            case "United States" -> digits(2) + "-" + digits(7);
            default -> null;
        };
    }

    /**
     * A figure between low and high on a logarithmic scale, as company sizes are spread: an A-grade
     * account in the top half, a D-grade one in the bottom fifth.
     */
    private int scaled(int low, int high, Grade grade) {
        double from = new double[] {0.5, 0.3, 0.1, 0}[grade.ordinal()];
        double to = new double[] {1, 0.7, 0.4, 0.2}[grade.ordinal()];
        double position = from + (to - from) * random.nextDouble();
        return (int) Math.round(low * Math.pow((double) high / low, position));
    }

    /** Annual demand in tonnes, to the hundred. */
    private int demand(Trade trade, Grade grade) {
        return Math.max(100, scaled(trade.demandLow(), trade.demandHigh(), grade) / 100 * 100);
    }

    private BigDecimal money(double low, double high, double perCny, int significantDigits) {
        return BigDecimal.valueOf(logUniform(low, high) * perCny).round(new MathContext(significantDigits))
                .setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private double logUniform(double low, double high) {
        return Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * random.nextDouble());
    }

    private static int rounded(int employees) {
        return employees > 100 ? employees / 10 * 10 : employees;
    }

    private String fill(String pattern) {
        StringBuilder result = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            result.append(c == '#' ? (char) ('0' + random.nextInt(10)) : c == '@' ? (char) ('2' + random.nextInt(7)) : c);
        }
        return result.toString();
    }

    private String digits(int count) {
        return fill("#".repeat(count));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> T weighted(Random random, T[] values, int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
