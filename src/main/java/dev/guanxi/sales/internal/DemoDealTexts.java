package dev.guanxi.sales.internal;

import dev.guanxi.customer.DemoAccountsCreated.DemoAccount;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the demo company's deals are made of: what each kind of customer buys (by product code of the
 * demo catalogue), how deals are named, why they were won or lost, the competitors met in the field
 * with their SWOT, and how the people of a buying organisation map onto the CUTE roles.
 */
final class DemoDealTexts {

    /** What a customer buys, read from its name and trade (the series of the demo catalogue). */
    enum Buyer {
        SYRUP, CHEMICALS, STEEL, CONSTRUCTION, MANUFACTURING, LOGISTICS, TRADING,
        /** Buys none of it: an estate agent, say. */
        NONE
    }

    /** A product a kind of customer buys, how often (weight), and its short name in deal names. */
    record Pick(String code, int weight, String shortName) {
    }

    static final Map<Buyer, List<Pick>> GOODS = Map.of(
            Buyer.SYRUP, List.of(new Pick("SY-F55", 30, "果葡糖浆"), new Pick("SY-F42", 10, "F42果葡糖浆"),
                    new Pick("SY-MALT", 18, "麦芽糖浆"), new Pick("SY-DE42", 10, "葡萄糖浆"),
                    new Pick("SY-DEX", 12, "结晶葡萄糖"), new Pick("SY-SOR70", 10, "山梨醇"), new Pick("SY-MD", 10, "麦芽糊精")),
            Buyer.CHEMICALS, List.of(new Pick("CH-ETH95", 25, "工业乙醇"), new Pick("CH-ETH99", 12, "无水乙醇"),
                    new Pick("CH-HAC", 18, "冰醋酸"), new Pick("CH-EA", 18, "乙酸乙酯"), new Pick("CH-NAOH", 12, "液碱"),
                    new Pick("SY-SOR70", 5, "山梨醇")),
            Buyer.STEEL, List.of(new Pick("ST-SPCC10", 22, "冷轧板"), new Pick("ST-DX51D", 22, "镀锌板"),
                    new Pick("ST-HRB400", 20, "螺纹钢"), new Pick("ST-Q235B", 20, "热轧卷"), new Pick("ST-304", 8, "不锈钢板")),
            Buyer.CONSTRUCTION, List.of(new Pick("ST-HRB400", 40, "螺纹钢"), new Pick("ST-Q235B", 25, "热轧卷"),
                    new Pick("ST-DX51D", 25, "镀锌板"), new Pick("ST-SPCC10", 10, "冷轧板")),
            Buyer.MANUFACTURING, List.of(new Pick("ST-SPCC10", 30, "冷轧板"), new Pick("ST-Q235B", 25, "热轧卷"),
                    new Pick("ST-DX51D", 20, "镀锌板"), new Pick("ST-304", 15, "不锈钢板")),
            Buyer.LOGISTICS, List.of(new Pick("ST-DX51D", 40, "镀锌板"), new Pick("ST-Q235B", 30, "热轧卷"),
                    new Pick("ST-HRB400", 30, "螺纹钢")));

    /** What foreign customers buy: the export items, priced in USD. */
    static final Map<Buyer, List<Pick>> EXPORT = Map.of(
            Buyer.SYRUP, List.of(new Pick("SY-F55-EX", 40, "HFCS-55"), new Pick("SY-SOR-EX", 35, "sorbitol"),
                    new Pick("SY-DEX-EX", 25, "dextrose")),
            Buyer.CHEMICALS, List.of(new Pick("CH-ETH-EX", 70, "ethanol"), new Pick("SY-SOR-EX", 30, "sorbitol")),
            Buyer.STEEL, List.of(new Pick("ST-DX51D-EX", 100, "galvanised coil")),
            Buyer.CONSTRUCTION, List.of(new Pick("ST-DX51D-EX", 100, "galvanised coil")),
            Buyer.MANUFACTURING, List.of(new Pick("ST-DX51D-EX", 100, "galvanised coil")),
            Buyer.LOGISTICS, List.of(new Pick("ST-DX51D-EX", 100, "galvanised coil")));

    /** The services sold with the goods of a series. */
    static final Map<String, List<String>> SERVICES = Map.of(
            "糖浆", List.of("SV-TRANS", "SV-TECH", "SY-IBC"),
            "化工", List.of("SV-TRANS", "SV-TECH"),
            "钢材", List.of("SV-TRANS", "SV-CUT", "SV-CUT"));
    /** Second, third… deal of the same name at one account. */
    static final List<String> PHASES = List.of("（二期）", "（三期）", "（四期）", "（五期）");
    static final List<String> EXPORT_PHASES = List.of(" – phase 2", " – phase 3", " – phase 4", " – phase 5");
    static final String EXPORT_SERVICE = "SV-FRT";

    /** Project names; {p} the product, {y} the year. */
    static final Map<Buyer, List<String>> PROJECT_NAMES = Map.of(
            Buyer.SYRUP, List.of("{y}年度{p}采购", "{y}年{p}供应框架协议", "{p}年度招标", "饮料新品配料（{p}）",
                    "夏季旺季{p}备货", "糖果生产线{p}试用及供应", "新建生产线{p}配套", "{p}替代供应商项目"),
            Buyer.CHEMICALS, List.of("{y}年度{p}供应", "{y}年{p}采购框架协议", "溶剂替代项目（{p}）", "{p}危化品长期供货协议",
                    "涂料产线{p}供应", "{p}年度招标", "{y}年{p}集中采购"),
            Buyer.STEEL, List.of("{y}年度{p}采购框架", "{p}月度长协（{y}年）", "{p}年度招标", "{y}年{p}集中采购",
                    "加工配送中心{p}备货", "{p}资源代理合作"),
            Buyer.CONSTRUCTION, List.of("新区住宅项目{p}供应", "厂房钢结构项目{p}", "市政道路工程{p}", "{p}年度招标",
                    "华东仓储扩建项目{p}", "产业园二期{p}供应"),
            Buyer.MANUFACTURING, List.of("设备改造项目{p}", "生产线扩产{p}配套", "{y}年度{p}采购框架", "新产品试制{p}",
                    "{y}年{p}集中采购"),
            Buyer.LOGISTICS, List.of("华东仓储扩建项目{p}", "冷链仓库新建项目{p}", "物流园二期{p}", "货架改造项目{p}"),
            Buyer.TRADING, List.of("{y}年度{p}经销协议", "{p}区域代理合作", "{p}现货集中采购", "{y}年{p}分销框架协议"));
    static final List<String> EXPORT_PROJECT_NAMES = List.of("Annual {p} supply {y}", "{p} supply contract {y}",
            "{p} tender {y}", "Trial order and qualification – {p}", "Second source for {p}");
    static final List<String> EXPORT_STEEL_NAMES = List.of("New warehouse project – {p}", "{p} supply contract {y}",
            "Annual {p} supply {y}");
    /** Repeat orders; {m} the month. */
    static final List<String> REPEAT_NAMES = List.of("{m}月{p}补货订单", "{p}月度订单（{y}年{m}月）", "{p}追加订单");
    static final List<String> EXPORT_REPEAT_NAMES = List.of("Repeat order {p} – {mon} {y}", "Call-off order {p} ({mon} {y})");

    static final List<String> DESCRIPTIONS = List.of(
            "客户计划扩建二期产线，预计年需求约{q}，要求每月分批交货。",
            "现有供应商交期不稳定，客户希望引入第二供应商，需先送样检测。",
            "客户年初启动年度招标，技术标和商务标分开评审。",
            "客户关注价格和账期，采购经理要求本月内给出最终报价。",
            "新品上市前需完成小试和中试，技术部要求提供检测报告和配方支持。",
            "项目由集团统一采购，需要通过集团供应商准入审核。");
    static final List<String> EXPORT_DESCRIPTIONS = List.of(
            "Customer qualifies a second source; samples and COA required before a trial container.",
            "Annual volume about {q}; monthly call-offs, L/C at sight.",
            "Tender with technical and commercial rounds; price fixed per quarter.");

    static final List<String> WIN_REASONS = List.of("价格和交期优势", "技术方案获客户认可", "样品检测一次通过，质量稳定",
            "长期合作，客户信任度高", "账期条件更灵活", "本地仓库可当天送货", "提供驻厂技术服务，配方调试见效快");
    static final List<String> EXPORT_WIN_REASONS = List.of("Best landed price and reliable lead time",
            "Passed the customer's quality audit", "Flexible payment terms and fast sample approval");
    static final List<String> LOSS_REASONS = List.of("价格高于竞争对手", "客户预算取消", "被竞争对手抢单",
            "交期无法满足客户要求", "项目延期，客户暂停采购", "样品检测未通过", "客户选择原有供应商");
    static final List<String> EXPORT_LOSS_REASONS = List.of("Competitor undercut our price",
            "Customer postponed the project", "Freight cost made our offer uncompetitive");

    /** A competitor of the demo company: name, web site, notes, and the series it competes in. */
    record Rival(String name, String website, String notes, List<String> series, boolean exports) {
    }

    static final List<Rival> COMPETITORS = List.of(
            new Rival("山东瑞达糖业有限公司", "www.ruidatangye.example.com",
                    "山东老牌淀粉糖企业，果葡糖浆和麦芽糖浆产能大，价格进攻性强。", List.of("糖浆"), false),
            new Rival("山东金穗淀粉糖有限公司", "www.jinsuistarch.example.com",
                    "靠近玉米主产区，原料成本低，主攻华北饮料客户。", List.of("糖浆"), false),
            new Rival("浙江恒康化工有限公司", "www.hengkangchem.example.com",
                    "华东化工贸易商，乙醇和醋酸酯现货多，自有危化品车队。", List.of("化工"), true),
            new Rival("天津港湾化工贸易有限公司", "www.ganwanchem.example.com",
                    "北方港口型贸易商，进口溶剂为主，价格随船期波动。", List.of("化工"), false),
            new Rival("宝丰钢铁贸易（上海）有限公司", "www.baofengsteel.example.com",
                    "钢厂一级代理，冷轧、镀锌资源充足，账期长，也做出口。", List.of("钢材"), true),
            new Rival("河北永固钢材贸易有限公司", "www.yonggusteel.example.com",
                    "华北建筑钢材经销商，螺纹钢价格低，服务半径有限。", List.of("钢材"), false),
            new Rival("Northfield Starch Co.", "www.northfield-starch.example.com",
                    "North American sweetener producer; strong in HFCS and dextrose, global accounts.", List.of("糖浆"), true),
            new Rival("Rivière Ingrédients SA", "www.riviere-ingredients.example.com",
                    "European polyol and starch producer; premium sorbitol, strong brand in pharma.", List.of("糖浆", "化工"), true));

    /** SWOT texts per series: the competitor's strengths and weaknesses, our opportunities, the threats to us. */
    record Swot(List<String> strengths, List<String> weaknesses, List<String> opportunities, List<String> threats) {
    }

    static final Map<String, Swot> SWOT = Map.of(
            "糖浆", new Swot(
                    List.of("靠近玉米主产区，原料成本低，报价通常比我方低3%–5%", "产能大，旺季也能保证供货",
                            "与客户采购总监合作多年，关系密切", "品牌知名度高，进入了客户的合格供应商名录"),
                    List.of("批次间色泽和DE值有波动，客户曾有投诉", "不提供技术服务，配方调整需客户自行解决",
                            "物流依赖第三方，旺季交期经常延误", "最小起订量高，不接小批量订单"),
                    List.of("客户新建饮料产线需要稳定的F55供应，我方可提供驻厂技术支持", "客户正在推行供应商双源策略",
                            "我方华东仓库可实现24小时送货", "客户技术部认可我方样品的检测结果"),
                    List.of("对手可能以低价策略抢单", "对手正在申请客户的年度招标资格", "客户财务部更看重价格而非服务",
                            "玉米价格上涨时我方成本压力更大")),
            "化工", new Swot(
                    List.of("拥有危化品仓库和自有槽车，配送灵活", "与上游乙醇厂签有长协，价格稳定", "现货库存多，可当天发货"),
                    List.of("产品检测报告不全，批次追溯困难", "付款条件严格，只接受现款", "销售团队流动大，客户跟进不连续"),
                    List.of("客户正在推进溶剂国产替代", "我方可提供COA和批次追溯，满足客户审核", "客户计划扩产，年需求将翻倍"),
                    List.of("对手报价低于市场价，可能扰乱价格", "环保政策收紧，可能影响我方运输", "客户考虑直接向生产厂采购")),
            "钢材", new Swot(
                    List.of("钢厂直供资源，规格齐全、现货多", "资金雄厚，可给客户更长账期", "在本地有剪切加工中心"),
                    List.of("最小起订量高，小批量订单响应慢", "服务人员少，售后跟进不及时", "镀锌板表面质量偶有问题"),
                    List.of("项目分批交货，我方加工配送更灵活", "客户对交期要求高，我方库存充足", "可打包提供剪切加工和运输服务"),
                    List.of("钢价波动大，对手可能锁价抢单", "对手与总包方关系紧密", "客户资金紧张，可能压价或延长账期")));

    /** Notes on committee members, by CUTE role. */
    static final Map<Influence, List<String>> MEMBER_NOTES = Map.of(
            Influence.COACH, List.of("支持我方方案，愿意推动内部评审", "会提前透露招标时间和评分标准", "与我方销售关系很好"),
            Influence.USER, List.of("关注产品稳定性，担心换供应商影响生产", "希望小批量试用后再决定", "对现有供应商的交期不满意"),
            Influence.TECHNICAL, List.of("负责技术评估，要求提供检测报告", "倾向现有供应商的指标", "要求先通过小试和中试"),
            Influence.ECONOMIC, List.of("最终拍板人，关注总成本和账期", "更看重长期合作和供应保障", "预算由集团统一审批"));

    /** The CUTE role a person's post suggests: heads and finance decide, engineers judge, operations use, the rest coach. */
    static Influence influenceOf(String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (containsAny(t, "总经理助理", "assistant")) {
            return Influence.COACH;
        }
        if (containsAny(t, "总经理", "董事长", "财务总监", "采购总监", "managing director", "ceo", "general manager", "cfo",
                "head of procurement")) {
            return Influence.ECONOMIC;
        }
        if (containsAny(t, "技术", "质量", "工程师", "technical", "quality", "engineer")) {
            return Influence.TECHNICAL;
        }
        if (containsAny(t, "生产", "车间", "仓储", "采购", "operations", "production", "plant", "warehouse", "purchasing",
                "procurement")) {
            return Influence.USER;
        }
        return Influence.COACH;
    }

    /** Whether the post buys for the company (but does not sign off the budget): a likely coach if we are liked. */
    static boolean buysFor(String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        return containsAny(t, "采购经理", "采购专员", "品类经理", "purchasing manager", "procurement specialist", "category manager");
    }

    /**
     * What an account buys, from its name (钢铁贸易, 化工, 淀粉糖业, Steel Trading…) or, failing that, from the
     * trade word of its mail domain.
     */
    static Buyer buyerOf(DemoAccount account) {
        String name = account.name().toLowerCase(Locale.ROOT);
        String domain = account.emailDomain() == null ? "" : account.emailDomain().toLowerCase(Locale.ROOT);
        if (containsAny(name, "经纪")) {
            return Buyer.NONE;
        }
        if (containsAny(name, "钢", "金属", "steel", "metal") || containsAny(domain, "steel")) {
            return Buyer.STEEL;
        }
        if (containsAny(name, "化工", "化学", "石化", "涂料", "新材料", "chemical", "polymer") || containsAny(domain, "chem")) {
            return Buyer.CHEMICALS;
        }
        if (containsAny(name, "糖", "食品", "饮料", "乳业", "生物", "医药", "制药", "food", "sweetener", "ingredient", "pharma",
                "life science") || containsAny(domain, "food", "pharma")) {
            return Buyer.SYRUP;
        }
        if (containsAny(name, "物流", "货运", "仓储", "logistics", "shipping") || containsAny(domain, "logistics")) {
            return Buyer.LOGISTICS;
        }
        if (containsAny(name, "置业", "地产", "建设", "建材", "混凝土", "construction", "building", "propert", "realty")
                || containsAny(domain, "property", "build")) {
            return Buyer.CONSTRUCTION;
        }
        if (containsAny(name, "机械", "包装", "汽车", "电器", "重工", "电力", "新能源", "燃气", "machinery", "packaging",
                "components", "energy", "power") || containsAny(domain, "mfg", "energy")) {
            return Buyer.MANUFACTURING;
        }
        return Buyer.TRADING;
    }

    private static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private DemoDealTexts() {
    }
}
