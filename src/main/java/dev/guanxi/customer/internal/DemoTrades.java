package dev.guanxi.customer.internal;

import dev.guanxi.customer.Industry;
import java.util.List;

/**
 * The trades of the demo company's customers — the steel, chemicals, starch-syrup, real-estate and
 * trading businesses of the course's case studies — with how their names end, what they produce and
 * buy, and the shop words (字号) and group companies their names are made of.
 */
final class DemoTrades {

    /**
     * One trade. Capacity (产能) in {@code capacityUnit}; annual demand (年度需求) in tonnes when
     * {@code demandLow} is positive. {@code tonnes}: capacity is in 万吨, so foreign customers can be
     * given the same figure in t/yr.
     */
    record Trade(Industry industry, int weight, List<String> suffixes, List<String> englishWords, String domainWord,
                 String capacityUnit, int capacityLow, int capacityHigh, boolean tonnes, int demandLow, int demandHigh,
                 String about, String englishAbout) {
    }

    static final List<Trade> TRADES = List.of(
            new Trade(Industry.STEEL_METALS, 6,
                    List.of("钢铁贸易有限公司", "特钢有限公司", "金属材料有限公司", "钢管制造有限公司", "不锈钢制品有限公司", "钢材加工配送有限公司"),
                    List.of("Steel Trading", "Metals", "Steel Service Center"), "steel", "万吨/年", 2, 600, true, 300, 30000,
                    "主营热轧卷板、冷轧板及镀锌板的加工配送，按月度订货，对交货期和价格敏感。",
                    "Steel service centre; buys hot-rolled coil, cold-rolled and galvanised sheet on monthly orders."),
            new Trade(Industry.CHEMICALS, 6,
                    List.of("化工有限公司", "精细化工股份有限公司", "化学工业有限公司", "石化贸易有限公司", "新材料科技有限公司", "涂料有限公司"),
                    List.of("Chemicals", "Specialty Chemicals", "Polymers"), "chem", "万吨/年", 1, 80, true, 100, 12000,
                    "精细化工生产企业，采购溶剂、树脂和助剂，看重质量稳定与危化品运输资质。",
                    "Specialty chemicals producer; buys solvents, resins and additives, values consistent quality."),
            new Trade(Industry.FOOD_BEVERAGE, 5,
                    List.of("淀粉糖业有限公司", "食品有限公司", "饮料有限公司", "乳业股份有限公司", "生物科技有限公司", "糖业有限公司"),
                    List.of("Foods", "Sweeteners", "Ingredients"), "food", "万吨/年", 1, 60, true, 200, 20000,
                    "以玉米淀粉为原料生产麦芽糖浆、果葡糖浆，供应饮料和糖果厂，旺季在夏季。",
                    "Makes glucose and fructose syrups from corn starch for beverage and confectionery plants."),
            new Trade(Industry.WHOLESALE_RETAIL, 5,
                    List.of("商贸有限公司", "进出口贸易有限公司", "供应链管理有限公司", "国际贸易有限公司", "物资有限公司"),
                    List.of("Trading", "Commodities", "Industrial Supply"), "trade", null, 0, 0, false, 500, 50000,
                    "区域分销商，现货转售为主，资金周转快，常要求账期。",
                    "Regional distributor reselling from stock; asks for payment terms."),
            new Trade(Industry.MANUFACTURING, 4,
                    List.of("机械制造有限公司", "包装材料有限公司", "汽车零部件有限公司", "电器股份有限公司", "重工有限公司"),
                    List.of("Machinery", "Packaging", "Components"), "mfg", "万件/年", 5, 500, false, 100, 8000,
                    "装备制造企业，按生产计划批量采购钢材和辅料，年初签订框架协议。",
                    "Equipment manufacturer buying steel and consumables against an annual framework agreement."),
            new Trade(Industry.REAL_ESTATE, 2,
                    List.of("置业有限公司", "房地产开发有限公司", "地产经纪有限公司"),
                    List.of("Properties", "Realty"), "property", "个在售项目", 1, 15, false, 300, 15000,
                    "房地产开发与经纪，项目集中在城市新区，建材按项目招标采购。",
                    "Property developer; buys building materials by tender per project."),
            new Trade(Industry.CONSTRUCTION, 2,
                    List.of("建设工程有限公司", "建材有限公司", "混凝土有限公司"),
                    List.of("Building Materials", "Construction"), "build", "万立方米/年", 5, 300, false, 500, 40000,
                    "承接市政和厂房工程，螺纹钢与水泥用量大，付款跟随工程进度。",
                    "Contractor for civil works; large rebar and cement volumes, pays by project milestone."),
            new Trade(Industry.LOGISTICS, 2,
                    List.of("物流有限公司", "国际货运代理有限公司", "仓储物流有限公司"),
                    List.of("Logistics", "Shipping"), "logistics", "辆自有车辆", 20, 400, false, 0, 0,
                    "合作物流商，负责区域配送和港口中转，具备危化品运输资质。",
                    "Logistics partner for regional delivery and port transfers."),
            new Trade(Industry.ENERGY, 1,
                    List.of("新能源有限公司", "燃气有限公司", "电力设备有限公司"),
                    List.of("Energy", "Power Systems"), "energy", "万千瓦", 2, 120, false, 100, 6000,
                    "新能源与电力设备企业，项目制采购，技术评审严格。",
                    "Energy equipment maker; buys per project after a strict technical review."),
            new Trade(Industry.HEALTHCARE, 1,
                    List.of("医药有限公司", "制药股份有限公司"),
                    List.of("Pharma", "Life Sciences"), "pharma", "吨/年原料药", 20, 2000, false, 50, 1500,
                    "制药企业，采购药用辅料，要求 GMP 审计和批次追溯。",
                    "Pharmaceutical maker; buys excipients, requires GMP audits and batch traceability."));

    /** 字号: the shop word in the middle of a Chinese company name, and the start of its web address. */
    static final List<String> BRANDS = List.of("宏达", "鑫盛", "永兴", "天成", "东方", "江南", "瑞丰", "嘉禾", "华盛", "新源",
            "鼎力", "明珠", "盛世", "金鼎", "泰和", "德胜", "祥瑞", "荣达", "博远", "宝华", "安达", "信诚", "恒通", "联泰",
            "汇通", "国信", "鸿运", "盛达", "凯达", "隆盛", "宏远", "金桥", "华联", "方圆", "兴旺", "和顺", "丰源", "博达",
            "润泽", "中恒", "弘毅", "金泰", "瑞达", "永泰", "鑫源", "华源", "通达", "昌盛", "巨力", "嘉诚", "宏图", "鼎新",
            "锦程", "星辰", "海纳", "瑞祥", "创元", "同创", "启航", "振兴", "立信", "恒盛", "天润", "新华", "龙腾", "远航");

    /** Named accounts the demo always has, as the course's examples name them. */
    record Flagship(String name, String brand, String city, Industry industry) {
    }

    static final List<Flagship> FLAGSHIPS = List.of(
            new Flagship("上海华东钢铁贸易有限公司", "华东", "上海", Industry.STEEL_METALS),
            new Flagship("广州白云化工有限公司", "白云", "广州", Industry.CHEMICALS),
            new Flagship("潍坊玉泉淀粉糖业有限公司", "玉泉", "潍坊", Industry.FOOD_BEVERAGE),
            new Flagship("北京京城房地产经纪有限公司", "京城", "北京", Industry.REAL_ESTATE),
            new Flagship("天津渤海化工贸易有限公司", "渤海", "天津", Industry.WHOLESALE_RETAIL));

    /** A group company (集团) and its subsidiaries; {@code city} is Chinese or one of the foreign cities. */
    record Member(String name, String city, Industry industry) {
    }

    record Group(String brand, Member parent, List<Member> subsidiaries) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("中鼎", new Member("中鼎控股集团有限公司", "上海", Industry.STEEL_METALS), List.of(
                    new Member("中鼎钢铁（唐山）有限公司", "唐山", Industry.STEEL_METALS),
                    new Member("中鼎特钢（无锡）有限公司", "无锡", Industry.STEEL_METALS),
                    new Member("中鼎国际贸易（广州）有限公司", "广州", Industry.WHOLESALE_RETAIL),
                    new Member("中鼎物流（天津）有限公司", "天津", Industry.LOGISTICS))),
            new Group("金禾", new Member("金禾食品集团股份有限公司", "潍坊", Industry.FOOD_BEVERAGE), List.of(
                    new Member("金禾淀粉糖业（长春）有限公司", "长春", Industry.FOOD_BEVERAGE),
                    new Member("金禾生物科技（郑州）有限公司", "郑州", Industry.FOOD_BEVERAGE),
                    new Member("金禾食品（佛山）有限公司", "佛山", Industry.FOOD_BEVERAGE))),
            new Group("南粤", new Member("南粤化工集团有限公司", "广州", Industry.CHEMICALS), List.of(
                    new Member("南粤精细化工（深圳）有限公司", "深圳", Industry.CHEMICALS),
                    new Member("南粤新材料（厦门）有限公司", "厦门", Industry.CHEMICALS))),
            new Group("鼎盛", new Member("鼎盛置业集团有限公司", "杭州", Industry.REAL_ESTATE), List.of(
                    new Member("鼎盛房地产开发（宁波）有限公司", "宁波", Industry.REAL_ESTATE),
                    new Member("鼎盛置业（合肥）有限公司", "合肥", Industry.REAL_ESTATE),
                    new Member("鼎盛建设工程有限公司", "杭州", Industry.CONSTRUCTION))),
            new Group("Rheinwerk", new Member("Rheinwerk Holding AG", "Düsseldorf", Industry.CHEMICALS), List.of(
                    new Member("Rheinwerk Chemicals GmbH", "Hamburg", Industry.CHEMICALS),
                    new Member("Rheinwerk Polymers Inc.", "Houston", Industry.CHEMICALS),
                    new Member("Rheinwerk Asia Pacific Pte. Ltd.", "Singapore", Industry.CHEMICALS))));

    static final List<String> TAGS = List.of("战略合作", "老客户", "价格敏感", "账期客户", "出口业务", "新开发",
            "年度框架协议", "展会客户", "招投标", "月结");
    static final List<String> ENGLISH_TAGS = List.of("framework agreement", "L/C payment", "trade show lead",
            "price sensitive", "long-term partner", "tender");

    private DemoTrades() {
    }

    static Trade trade(Industry industry) {
        return TRADES.stream().filter(t -> t.industry() == industry).findFirst().orElseThrow();
    }
}
