package dev.guanxi.identity.internal;

import dev.guanxi.identity.DemoCompanyCreated.Territory;
import dev.guanxi.identity.Role;
import java.util.List;

/**
 * Who works at the demo company: a head office with a sales division of four regional departments,
 * customer service and marketing, and 20 people in every role. Chinese staff work in Chinese on
 * Shanghai time; the international team partly abroad and in English. A department's head is the
 * manager of everyone else in it; heads report to the head of the department above.
 */
final class DemoStaff {

    static final String DOMAIN = "demo.guanxi.dev";

    record Unit(String key, String name, String parentKey, Territory territory) {
    }

    record Person(String name, String login, String unitKey, Role role, boolean head, String title,
                  String language, String timeZone, String phone) {

        String email() {
            return login + "@" + DOMAIN;
        }
    }

    static final List<Unit> UNITS = List.of(
            new Unit("hq", "总部 Headquarters", null, null),
            new Unit("sales", "销售中心 Sales Division", "hq", null),
            new Unit("east", "华东销售部 East China Sales", "sales", Territory.EAST_CHINA),
            new Unit("south", "华南销售部 South China Sales", "sales", Territory.SOUTH_CHINA),
            new Unit("north", "北方销售部 North China Sales", "sales", Territory.NORTH_CHINA),
            new Unit("intl", "海外销售部 International Sales", "sales", Territory.INTERNATIONAL),
            new Unit("service", "客户服务部 Customer Service", "hq", null),
            new Unit("marketing", "市场部 Marketing", "hq", null));

    private static final String SHANGHAI = "Asia/Shanghai";

    /** Parents' heads come before their staff, so every manager exists before the people reporting to them. */
    static final List<Person> PEOPLE = List.of(
            zh("周海涛", "zhou.haitao", "hq", Role.ADMIN, false, "系统管理员", "139 1762 0418"),
            zh("林国栋", "lin.guodong", "sales", Role.SALES_VP, true, "销售副总裁", "138 0172 6655"),
            zh("陈静", "chen.jing", "east", Role.SALES_MANAGER, true, "华东区销售经理", "139 1630 2287"),
            zh("黄志明", "huang.zhiming", "south", Role.SALES_MANAGER, true, "华南区销售经理", "138 2415 7730"),
            zh("赵刚", "zhao.gang", "north", Role.SALES_MANAGER, true, "北方区销售经理", "139 1025 4468"),
            new Person("Michael Weber", "michael.weber", "intl", Role.SALES_MANAGER, true,
                    "Head of International Sales", "en", "Europe/Berlin", "+49 151 2274 3190"),
            zh("许敏", "xu.min", "service", Role.SERVICE_AGENT, true, "客服主管", "136 2188 0953"),
            zh("韩梅", "han.mei", "marketing", Role.MARKETER, true, "市场经理", "137 6109 8824"),
            zh("张磊", "zhang.lei", "east", Role.SALES_REP, false, "高级销售代表", "139 1877 3052"),
            zh("王丽", "wang.li", "east", Role.SALES_REP, false, "销售代表", "135 6421 9086"),
            zh("刘洋", "liu.yang", "east", Role.SALES_REP, false, "销售代表", "158 0067 4531"),
            zh("吴婷", "wu.ting", "south", Role.SALES_REP, false, "高级销售代表", "139 2240 6178"),
            zh("郑凯", "zheng.kai", "south", Role.SALES_REP, false, "销售代表", "137 1428 8365"),
            zh("孙悦", "sun.yue", "north", Role.SALES_REP, false, "高级销售代表", "186 1155 2049"),
            zh("马骏", "ma.jun", "north", Role.SALES_REP, false, "销售代表", "133 2077 9412"),
            new Person("Emily Carter", "emily.carter", "intl", Role.SALES_REP, false,
                    "Account Manager, North America", "en", "America/New_York", "+1 212 555 0147"),
            new Person("Daniel Liu", "daniel.liu", "intl", Role.SALES_REP, false,
                    "Account Manager, Asia Pacific", "en", SHANGHAI, "139 1605 7723"),
            zh("郭芳", "guo.fang", "service", Role.SERVICE_AGENT, false, "客服专员", "150 2133 6087"),
            zh("罗强", "luo.qiang", "service", Role.SERVICE_AGENT, false, "技术支持工程师", "152 0196 4430"),
            new Person("Jessica Wang", "jessica.wang", "marketing", Role.MARKETER, false,
                    "Marketing Specialist", "en", SHANGHAI, "138 1740 9261"));

    private DemoStaff() {
    }

    private static Person zh(String name, String login, String unitKey, Role role, boolean head, String title,
                             String phone) {
        return new Person(name, login, unitKey, role, head, title, "zh-CN", SHANGHAI, phone);
    }

    static Unit unit(String key) {
        return UNITS.stream().filter(u -> u.key().equals(key)).findFirst().orElseThrow();
    }

    /** The first person in each role: whom the log and docs/OPERATIONS.md suggest signing in as. */
    static List<Person> oneOfEachRole() {
        return java.util.Arrays.stream(Role.values())
                .map(role -> PEOPLE.stream().filter(p -> p.role() == role).findFirst().orElseThrow())
                .toList();
    }
}
