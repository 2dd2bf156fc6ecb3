package dev.guanxi.customer.internal;

import dev.guanxi.identity.DemoCompanyCreated.Territory;
import java.util.List;

/**
 * Where the demo company's customers are: Chinese cities of each sales territory with their
 * province, region (大区), telephone area code, postal code and administrative division code (for the
 * unified social credit code), and the foreign cities of the international team.
 */
final class DemoPlaces {

    /**
     * {@code latinName}: the pinyin as the city spells itself (长沙 Changsha, not the "zhang" a machine reads);
     * {@code phone}: '@' is a digit 2–8 (local numbers never start with 0 or 1), '#' any digit.
     */
    record City(String name, String latinName, String province, String provinceShort, String region, Territory territory,
                String phone, String postalPrefix, String divisionCode, List<String> districts) {

        boolean municipality() {
            return province.equals(name + "市");
        }
    }

    record ForeignCity(String name, String country, String region, String currency, String phone, String postalCode,
                       boolean numberFirst, List<String> legalForms, List<String> streets, List<String> brands) {
    }

    static final List<City> CITIES = List.of(
            city("上海", "Shanghai", "上海市", "上海", "华东", Territory.EAST_CHINA, "021-@### ####", "200", "310000",
                    "浦东新区", "闵行区", "嘉定区", "宝山区", "松江区", "青浦区"),
            city("南京", "Nanjing", "江苏省", "江苏", "华东", Territory.EAST_CHINA, "025-@### ####", "210", "320100",
                    "江宁区", "栖霞区", "浦口区"),
            city("苏州", "Suzhou", "江苏省", "江苏", "华东", Territory.EAST_CHINA, "0512-@### ####", "215", "320500",
                    "工业园区", "吴中区", "相城区"),
            city("无锡", "Wuxi", "江苏省", "江苏", "华东", Territory.EAST_CHINA, "0510-@### ####", "214", "320200",
                    "新吴区", "惠山区", "锡山区"),
            city("常州", "Changzhou", "江苏省", "江苏", "华东", Territory.EAST_CHINA, "0519-@### ####", "213", "320400",
                    "武进区", "新北区"),
            city("杭州", "Hangzhou", "浙江省", "浙江", "华东", Territory.EAST_CHINA, "0571-@### ####", "310", "330100",
                    "萧山区", "余杭区", "滨江区"),
            city("宁波", "Ningbo", "浙江省", "浙江", "华东", Territory.EAST_CHINA, "0574-@### ####", "315", "330200",
                    "北仑区", "镇海区", "鄞州区"),
            city("合肥", "Hefei", "安徽省", "安徽", "华东", Territory.EAST_CHINA, "0551-@### ####", "230", "340100", "蜀山区", "包河区"),
            city("济南", "Jinan", "山东省", "山东", "华东", Territory.EAST_CHINA, "0531-@### ####", "250", "370100",
                    "历城区", "槐荫区", "章丘区"),
            city("青岛", "Qingdao", "山东省", "山东", "华东", Territory.EAST_CHINA, "0532-@### ####", "266", "370200",
                    "黄岛区", "城阳区", "李沧区"),
            city("潍坊", "Weifang", "山东省", "山东", "华东", Territory.EAST_CHINA, "0536-@## ####", "261", "370700",
                    "奎文区", "寒亭区", "寿光市"),
            city("广州", "Guangzhou", "广东省", "广东", "华南", Territory.SOUTH_CHINA, "020-@### ####", "510", "440100",
                    "白云区", "黄埔区", "番禺区", "南沙区"),
            city("深圳", "Shenzhen", "广东省", "广东", "华南", Territory.SOUTH_CHINA, "0755-@### ####", "518", "440300",
                    "南山区", "宝安区", "龙岗区"),
            city("佛山", "Foshan", "广东省", "广东", "华南", Territory.SOUTH_CHINA, "0757-@### ####", "528", "440600",
                    "顺德区", "南海区", "禅城区"),
            city("东莞", "Dongguan", "广东省", "广东", "华南", Territory.SOUTH_CHINA, "0769-@### ####", "523", "441900",
                    "长安镇", "松山湖", "虎门镇"),
            city("厦门", "Xiamen", "福建省", "福建", "华南", Territory.SOUTH_CHINA, "0592-@### ####", "361", "350200",
                    "湖里区", "海沧区", "集美区"),
            city("福州", "Fuzhou", "福建省", "福建", "华南", Territory.SOUTH_CHINA, "0591-@### ####", "350", "350100", "马尾区", "仓山区"),
            city("南宁", "Nanning", "广西壮族自治区", "广西", "华南", Territory.SOUTH_CHINA, "0771-@### ####", "530", "450100",
                    "青秀区", "西乡塘区"),
            city("长沙", "Changsha", "湖南省", "湖南", "华中", Territory.SOUTH_CHINA, "0731-@### ####", "410", "430100",
                    "雨花区", "岳麓区"),
            city("武汉", "Wuhan", "湖北省", "湖北", "华中", Territory.SOUTH_CHINA, "027-@### ####", "430", "420100",
                    "东西湖区", "汉阳区", "青山区"),
            city("北京", "Beijing", "北京市", "北京", "华北", Territory.NORTH_CHINA, "010-@### ####", "100", "110000",
                    "朝阳区", "海淀区", "大兴区", "顺义区"),
            city("天津", "Tianjin", "天津市", "天津", "华北", Territory.NORTH_CHINA, "022-@### ####", "300", "120000",
                    "滨海新区", "西青区", "东丽区"),
            city("石家庄", "Shijiazhuang", "河北省", "河北", "华北", Territory.NORTH_CHINA, "0311-@### ####", "050", "130100",
                    "长安区", "藁城区"),
            city("唐山", "Tangshan", "河北省", "河北", "华北", Territory.NORTH_CHINA, "0315-@## ####", "063", "130200",
                    "路北区", "丰润区", "曹妃甸区"),
            city("太原", "Taiyuan", "山西省", "山西", "华北", Territory.NORTH_CHINA, "0351-@### ####", "030", "140100",
                    "小店区", "万柏林区"),
            city("郑州", "Zhengzhou", "河南省", "河南", "华中", Territory.NORTH_CHINA, "0371-@### ####", "450", "410100",
                    "中原区", "金水区"),
            city("沈阳", "Shenyang", "辽宁省", "辽宁", "东北", Territory.NORTH_CHINA, "024-@### ####", "110", "210100", "铁西区", "浑南区"),
            city("大连", "Dalian", "辽宁省", "辽宁", "东北", Territory.NORTH_CHINA, "0411-@### ####", "116", "210200", "甘井子区", "金州区"),
            city("长春", "Changchun", "吉林省", "吉林", "东北", Territory.NORTH_CHINA, "0431-@### ####", "130", "220100",
                    "绿园区", "宽城区"));

    static final List<String> ROADS = List.of("人民路", "中山路", "解放路", "建设路", "工业大道", "科技路", "长江路",
            "黄河路", "滨江大道", "东方路", "世纪大道", "金桥路", "园区大道", "兴业路", "发展大道", "创业路", "港城路",
            "临港大道", "经济开发区纬二路", "高新技术产业园");

    static final List<ForeignCity> FOREIGN_CITIES = List.of(
            foreign("Hamburg", "Germany", "Europe", "EUR", "+49 40 @### ####", "20457", false, List.of("GmbH", "AG"),
                    List.of("Große Elbstraße", "Am Sandtorkai", "Spaldingstraße"), List.of("Elbe", "Hanseatic", "Nordstern", "Lindemann")),
            foreign("Düsseldorf", "Germany", "Europe", "EUR", "+49 211 @## ####", "40221", false, List.of("GmbH", "AG"),
                    List.of("Kaistraße", "Speditionstraße", "Graf-Adolf-Straße"), List.of("Rheinland", "Kessler", "Vogt", "Brandt")),
            foreign("Rotterdam", "Netherlands", "Europe", "EUR", "+31 10 @## ####", "3072 AP", false, List.of("B.V.", "N.V."),
                    List.of("Wilhelminakade", "Boompjes", "Waalhaven Oostzijde"), List.of("Maas", "Van Dijk", "Dekker", "Oranje")),
            foreign("Milan", "Italy", "Europe", "EUR", "+39 02 @### ####", "20123", false, List.of("S.p.A.", "S.r.l."),
                    List.of("Via Torino", "Viale Monza", "Via Larga"), List.of("Lombarda", "Ferraro", "Bianchi")),
            foreign("Lyon", "France", "Europe", "EUR", "+33 4 @# ## ## ##", "69002", false, List.of("S.A.", "SAS"),
                    List.of("Rue de la République", "Quai Perrache", "Avenue Jean Jaurès"), List.of("Rhône", "Lefort", "Garnier")),
            foreign("Chicago", "United States", "North America", "USD", "+1 312 555 01##", "IL 60606", true,
                    List.of("Inc.", "LLC", "Corp."), List.of("W Adams St", "N Wacker Dr", "S Canal St"),
                    List.of("Lakeside", "Keystone", "Prairie", "Great Lakes", "Midwest")),
            foreign("Houston", "United States", "North America", "USD", "+1 713 555 01##", "TX 77002", true,
                    List.of("Inc.", "LLC"), List.of("Louisiana St", "Main St", "Westheimer Rd"),
                    List.of("Gulf Coast", "Lone Star", "Bayou", "Redwood")),
            foreign("New York", "United States", "North America", "USD", "+1 212 555 01##", "NY 10004", true,
                    List.of("Inc.", "Corp."), List.of("Broadway", "Water St", "Park Ave"), List.of("Hudson", "Empire", "Liberty", "Sterling")),
            foreign("Singapore", "Singapore", "Asia Pacific", "USD", "+65 6### ####", "068809", true, List.of("Pte. Ltd."),
                    List.of("Shenton Way", "Raffles Place", "Jurong Port Road"), List.of("Straits", "Marina", "Harbourfront", "Orchid")),
            foreign("Osaka", "Japan", "Asia Pacific", "USD", "+81 6 @### ####", "530-0005", true, List.of("Co., Ltd.", "Corporation"),
                    List.of("Midosuji", "Honmachi", "Nakanoshima"), List.of("Tanaka", "Naniwa", "Kansai", "Yamato")),
            foreign("Busan", "South Korea", "Asia Pacific", "USD", "+82 51 @## ####", "48939", true, List.of("Co., Ltd."),
                    List.of("Jungang-daero", "Haeundae-ro", "Chungjang-daero"), List.of("Hanil", "Daesung", "Seojin", "Haedong")),
            foreign("Ho Chi Minh City", "Vietnam", "Asia Pacific", "USD", "+84 28 @### ####", "700000", true, List.of("JSC", "Co., Ltd."),
                    List.of("Nguyen Hue", "Le Duan", "Ton Duc Thang"), List.of("Saigon", "Mekong", "Phuong Nam", "Dong A")),
            foreign("Kuala Lumpur", "Malaysia", "Asia Pacific", "USD", "+60 3 @### ####", "50450", true, List.of("Sdn. Bhd."),
                    List.of("Jalan Ampang", "Jalan Sultan Ismail", "Jalan Tun Razak"), List.of("Perdana", "Seri", "Malaya")),
            foreign("Melbourne", "Australia", "Asia Pacific", "USD", "+61 3 @### ####", "VIC 3000", true, List.of("Pty Ltd"),
                    List.of("Collins St", "Bourke St", "Docklands Dr"), List.of("Southern Cross", "Yarra", "Bayside", "Wattle")));

    private DemoPlaces() {
    }

    static List<City> citiesOf(Territory territory) {
        return CITIES.stream().filter(c -> c.territory() == territory).toList();
    }

    static City city(String name) {
        return CITIES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static ForeignCity foreignCity(String name) {
        return FOREIGN_CITIES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static City city(String name, String latinName, String province, String provinceShort, String region,
                             Territory territory, String phone, String postalPrefix, String divisionCode,
                             String... districts) {
        return new City(name, latinName, province, provinceShort, region, territory, phone, postalPrefix, divisionCode,
                List.of(districts));
    }

    private static ForeignCity foreign(String name, String country, String region, String currency, String phone,
                                       String postalCode, boolean numberFirst, List<String> legalForms,
                                       List<String> streets, List<String> brands) {
        return new ForeignCity(name, country, region, currency, phone, postalCode, numberFirst, legalForms, streets, brands);
    }
}
