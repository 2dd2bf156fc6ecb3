package guanxibench;

import java.util.SplittableRandom;

/**
 * Word pools for realistic Chinese and English company and person names, addresses and phones.
 * Chinese surnames carry their approximate share of the population (so 王, 李, 张 dominate and
 * 2-character names like 张伟 or 王芳 are frequent, as they are in a real customer base).
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** A pool whose entries are drawn with the given weights. */
    static final class Weighted {
        final String[] items;
        final double[] cumulative;

        Weighted(Object... pairs) {
            items = new String[pairs.length / 2];
            cumulative = new double[pairs.length / 2];
            double sum = 0;
            for (int i = 0; i < items.length; i++) {
                items[i] = (String) pairs[2 * i];
                sum += ((Number) pairs[2 * i + 1]).doubleValue();
                cumulative[i] = sum;
            }
            for (int i = 0; i < cumulative.length; i++) {
                cumulative[i] /= sum;
            }
        }

        String pick(SplittableRandom random) {
            double r = random.nextDouble();
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < r) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return items[lo];
        }
    }

    static String pick(SplittableRandom random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    // ---- Chinese people --------------------------------------------------------------------------

    static final Weighted SURNAMES = new Weighted(
            "王", 7.1, "李", 7.0, "张", 6.7, "刘", 5.4, "陈", 4.5, "杨", 3.1, "黄", 2.2, "赵", 2.0, "吴", 2.0,
            "周", 1.9, "徐", 1.5, "孙", 1.5, "马", 1.3, "朱", 1.3, "胡", 1.3, "郭", 1.2, "何", 1.2, "高", 1.1,
            "林", 1.1, "罗", 1.0, "郑", 0.9, "梁", 0.9, "谢", 0.8, "宋", 0.8, "唐", 0.8, "许", 0.7, "韩", 0.7,
            "冯", 0.7, "邓", 0.7, "曹", 0.7, "彭", 0.6, "曾", 0.6, "肖", 0.6, "田", 0.6, "董", 0.5, "袁", 0.5,
            "潘", 0.5, "于", 0.5, "蒋", 0.5, "蔡", 0.5, "余", 0.5, "杜", 0.5, "叶", 0.4, "程", 0.4, "苏", 0.4,
            "魏", 0.4, "吕", 0.4, "丁", 0.4, "任", 0.4, "沈", 0.4, "姚", 0.4, "卢", 0.4, "姜", 0.4, "崔", 0.3,
            "钟", 0.3, "谭", 0.3, "陆", 0.3, "汪", 0.3, "范", 0.3, "金", 0.3, "石", 0.3, "廖", 0.3, "贾", 0.3,
            "夏", 0.3, "韦", 0.3, "付", 0.3, "方", 0.3, "白", 0.2, "邹", 0.2, "孟", 0.2, "熊", 0.2, "秦", 0.2,
            "邱", 0.2, "江", 0.2, "尹", 0.2, "薛", 0.2, "闫", 0.2, "段", 0.2, "雷", 0.2, "侯", 0.2, "龙", 0.2,
            "史", 0.2, "陶", 0.2, "黎", 0.2, "贺", 0.2, "顾", 0.2, "毛", 0.2, "郝", 0.2, "龚", 0.2, "邵", 0.2,
            "万", 0.2, "钱", 0.2, "严", 0.2, "覃", 0.1, "武", 0.1, "戴", 0.1, "莫", 0.1, "孔", 0.1, "向", 0.1,
            "汤", 0.1, "单", 0.05, "解", 0.03, "欧阳", 0.05, "司马", 0.02, "诸葛", 0.01, "上官", 0.01);

    static final Weighted MALE_GIVEN_ONE = new Weighted(
            "伟", 10, "强", 6, "磊", 6, "军", 6, "洋", 5, "勇", 5, "杰", 5, "涛", 5, "明", 4, "超", 4, "刚", 4,
            "平", 3, "辉", 4, "鹏", 3, "斌", 3, "宇", 3, "浩", 3, "凯", 3, "波", 3, "鑫", 2, "峰", 3, "俊", 2,
            "帆", 2, "亮", 2, "健", 2, "林", 2, "龙", 2, "飞", 2, "彬", 1, "毅", 1, "晨", 1, "阳", 2, "博", 1);

    static final Weighted FEMALE_GIVEN_ONE = new Weighted(
            "芳", 10, "娜", 8, "敏", 7, "静", 8, "丽", 6, "艳", 5, "娟", 5, "霞", 4, "玲", 4, "婷", 4, "雪", 3,
            "慧", 3, "颖", 3, "琳", 3, "欣", 3, "佳", 2, "红", 3, "燕", 3, "萍", 2, "倩", 2, "莉", 2, "洁", 2,
            "琴", 2, "蕾", 1, "薇", 1, "璐", 1, "瑶", 1, "悦", 1);

    static final String[] MALE_GIVEN_TWO = {
            "建华", "建国", "志强", "永强", "海涛", "俊杰", "文博", "子轩", "浩然", "宇航", "明辉", "国强", "晓东",
            "建军", "志明", "家豪", "振华", "立新", "德明", "国平", "文杰", "天宇", "嘉伟", "思远", "一鸣", "子豪",
            "成龙", "伟东", "少华", "春雷", "建平", "卫东", "红军", "志刚", "宏伟", "海波", "晓峰", "俊峰", "鹏飞"};

    static final String[] FEMALE_GIVEN_TWO = {
            "秀英", "桂英", "秀兰", "玉兰", "丽娟", "晓燕", "海燕", "雅婷", "欣怡", "梓涵", "诗涵", "雨桐", "佳怡",
            "思琪", "静怡", "晓丽", "美玲", "丽华", "春梅", "冬梅", "慧敏", "婉清", "若曦", "梦瑶", "语嫣", "文静",
            "红梅", "小红", "晓红", "丽萍", "淑珍", "凤英", "艳红", "晓霞", "雪梅", "海霞", "月华", "晓雯", "彩霞"};

    // ---- English people ---------------------------------------------------------------------------

    static final String[] EN_MALE = {
            "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
            "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Joshua", "Kevin", "Brian", "George",
            "Edward", "Ryan", "Jacob", "Gary", "Eric", "Jonathan", "Peter", "Oliver", "Henry", "Lucas", "Felix"};
    static final String[] EN_FEMALE = {
            "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
            "Lisa", "Nancy", "Sandra", "Emily", "Michelle", "Laura", "Amanda", "Melissa", "Rebecca", "Emma",
            "Olivia", "Sophia", "Charlotte", "Grace", "Hannah", "Chloe", "Anna", "Julia", "Claire", "Lucy"};
    static final String[] EN_SURNAMES = {
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Wilson", "Anderson",
            "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Lee", "Thompson", "White", "Harris", "Clark",
            "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson",
            "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
            "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "O'Brien", "McDonald", "Tan", "Lim", "Wong"};

    // ---- places ------------------------------------------------------------------------------------

    /** city, province, region, area code, postal prefix, weight */
    static final String[][] CITIES = {
            {"北京", "北京市", "华北", "010", "100", "12"}, {"上海", "上海市", "华东", "021", "200", "12"},
            {"广州", "广东省", "华南", "020", "510", "7"}, {"深圳", "广东省", "华南", "0755", "518", "8"},
            {"杭州", "浙江省", "华东", "0571", "310", "5"}, {"南京", "江苏省", "华东", "025", "210", "4"},
            {"苏州", "江苏省", "华东", "0512", "215", "4"}, {"成都", "四川省", "西南", "028", "610", "4"},
            {"重庆", "重庆市", "西南", "023", "400", "3"}, {"武汉", "湖北省", "华中", "027", "430", "3"},
            {"西安", "陕西省", "西北", "029", "710", "3"}, {"天津", "天津市", "华北", "022", "300", "3"},
            {"青岛", "山东省", "华东", "0532", "266", "2"}, {"济南", "山东省", "华东", "0531", "250", "2"},
            {"郑州", "河南省", "华中", "0371", "450", "2"}, {"长沙", "湖南省", "华中", "0731", "410", "2"},
            {"沈阳", "辽宁省", "东北", "024", "110", "2"}, {"大连", "辽宁省", "东北", "0411", "116", "2"},
            {"厦门", "福建省", "华东", "0592", "361", "2"}, {"福州", "福建省", "华东", "0591", "350", "1"},
            {"宁波", "浙江省", "华东", "0574", "315", "2"}, {"合肥", "安徽省", "华东", "0551", "230", "2"},
            {"昆明", "云南省", "西南", "0871", "650", "1"}, {"东莞", "广东省", "华南", "0769", "523", "2"},
            {"佛山", "广东省", "华南", "0757", "528", "2"}, {"无锡", "江苏省", "华东", "0510", "214", "2"},
            {"哈尔滨", "黑龙江省", "东北", "0451", "150", "1"}, {"石家庄", "河北省", "华北", "0311", "050", "1"},
            {"南昌", "江西省", "华东", "0791", "330", "1"}, {"贵阳", "贵州省", "西南", "0851", "550", "1"}};
    static final Weighted CITY_INDEX;

    static {
        Object[] pairs = new Object[CITIES.length * 2];
        for (int i = 0; i < CITIES.length; i++) {
            pairs[2 * i] = String.valueOf(i);
            pairs[2 * i + 1] = Integer.parseInt(CITIES[i][5]);
        }
        CITY_INDEX = new Weighted(pairs);
    }

    static final String[] DISTRICTS = {"高新区", "经济技术开发区", "朝阳区", "浦东新区", "天河区", "南山区", "西湖区",
            "鼓楼区", "工业园区", "滨江区", "江北区", "武侯区", "雁塔区", "和平区", "市南区", "历下区", "金水区",
            "岳麓区", "沙河口区", "思明区", "海淀区", "徐汇区", "福田区", "余杭区", "江宁区"};
    static final String[] ROADS = {"人民路", "解放路", "中山路", "建设路", "科技路", "创业大道", "滨江大道", "长江路",
            "黄河路", "和平路", "光明路", "新华路", "文化路", "学院路", "工业大道", "软件园路", "金融街", "世纪大道"};

    /** country, phone prefix, currency, weight */
    static final String[][] COUNTRIES = {
            {"United States", "+1", "USD", "40"}, {"United Kingdom", "+44", "GBP", "15"},
            {"Germany", "+49", "EUR", "15"}, {"Singapore", "+65", "SGD", "12"}, {"Australia", "+61", "AUD", "10"},
            {"Canada", "+1", "CAD", "8"}};
    static final String[] EN_CITIES_US = {"New York", "San Francisco", "Chicago", "Seattle", "Boston", "Austin"};
    static final String[] EN_STREETS = {"Main Street", "Market Street", "Park Avenue", "Oak Street", "High Street",
            "King Street", "Harbour Road", "Bahnhofstraße", "Orchard Road", "Collins Street"};

    // ---- companies ---------------------------------------------------------------------------------

    /** characters used in Chinese trade names (字号), two of them per name. */
    static final String[] TRADE_CHARS = {
            "华", "信", "恒", "通", "达", "盛", "泰", "鑫", "源", "博", "创", "宏", "远", "海", "天", "瑞", "安",
            "德", "金", "诚", "智", "联", "新", "永", "佳", "鸿", "丰", "利", "和", "兴", "隆", "昌", "鼎", "正",
            "光", "明", "星", "辰", "云", "峰", "汇", "嘉", "腾", "飞", "龙", "凯", "捷", "迅", "力", "合", "众",
            "宇", "晟", "辉", "弘", "毅", "卓", "越", "蓝", "绿", "科", "润", "康", "美", "亚", "中", "东", "方",
            "长", "城", "九", "州", "万", "象", "百", "川", "景", "锦", "旭", "日", "振", "邦", "立", "信"};

    /** Chinese industry word, industry code, weight */
    static final String[][] CN_INDUSTRIES = {
            {"科技", "it_software", "9"}, {"软件", "it_software", "4"}, {"信息技术", "it_software", "4"},
            {"网络科技", "it_software", "3"}, {"电子", "manufacturing", "5"}, {"机械", "manufacturing", "5"},
            {"精密制造", "manufacturing", "2"}, {"汽车零部件", "manufacturing", "2"}, {"化工", "chemicals", "3"},
            {"新材料", "chemicals", "2"}, {"钢铁", "steel_metals", "1"}, {"金属制品", "steel_metals", "2"},
            {"食品", "food_beverage", "3"}, {"饮料", "food_beverage", "1"}, {"能源", "energy", "2"},
            {"新能源", "energy", "2"}, {"建设工程", "construction", "3"}, {"建筑装饰", "construction", "2"},
            {"置业", "real_estate", "2"}, {"房地产开发", "real_estate", "1"}, {"贸易", "wholesale_retail", "6"},
            {"商贸", "wholesale_retail", "4"}, {"物流", "logistics", "4"}, {"供应链管理", "logistics", "2"},
            {"通信", "telecom", "2"}, {"投资", "finance", "2"}, {"融资租赁", "finance", "1"},
            {"教育科技", "education", "2"}, {"医药", "healthcare", "3"}, {"医疗器械", "healthcare", "2"},
            {"酒店管理", "hospitality", "1"}, {"文化传媒", "media", "2"}, {"广告", "media", "1"},
            {"管理咨询", "professional_services", "2"}, {"农业", "agriculture", "2"}, {"矿业", "mining", "1"},
            {"实业", "other", "4"}, {"环保科技", "other", "2"}};
    static final Weighted CN_INDUSTRY_INDEX;

    static {
        Object[] pairs = new Object[CN_INDUSTRIES.length * 2];
        for (int i = 0; i < CN_INDUSTRIES.length; i++) {
            pairs[2 * i] = String.valueOf(i);
            pairs[2 * i + 1] = Integer.parseInt(CN_INDUSTRIES[i][2]);
        }
        CN_INDUSTRY_INDEX = new Weighted(pairs);
    }

    static final Weighted CN_SUFFIXES = new Weighted("有限公司", 60, "股份有限公司", 15, "有限责任公司", 15,
            "集团有限公司", 7, "科技发展有限公司", 3);

    static final String[] EN_PREFIXES = {
            "Apex", "Summit", "Pacific", "Atlantic", "Northwind", "Blue River", "Golden Gate", "Silver Lake",
            "Evergreen", "Redwood", "Harbor", "Pioneer", "Vertex", "Horizon", "Keystone", "Liberty", "Meridian",
            "Orion", "Sterling", "Granite", "Cedar", "Maple", "Falcon", "Eagle", "Titan", "Nova", "Quantum",
            "Fusion", "Bright", "Crescent", "Riverside", "Oakwood", "Lakeside", "Highland", "Coastal", "Metro",
            "United", "Global", "Premier", "First", "Allied", "Central", "Western", "Northern", "Sunrise",
            "Blackstone", "Greenfield", "Westbrook", "Ironbridge", "Clearwater", "Bluebird", "Red Oak", "Lighthouse"};
    /** English industry word, industry code */
    static final String[][] EN_INDUSTRIES = {
            {"Technologies", "it_software"}, {"Systems", "it_software"}, {"Software", "it_software"},
            {"Logistics", "logistics"}, {"Trading", "wholesale_retail"}, {"Manufacturing", "manufacturing"},
            {"Foods", "food_beverage"}, {"Pharmaceuticals", "healthcare"}, {"Medical", "healthcare"},
            {"Energy", "energy"}, {"Construction", "construction"}, {"Consulting", "professional_services"},
            {"Media", "media"}, {"Financial", "finance"}, {"Components", "manufacturing"},
            {"Materials", "chemicals"}, {"Industries", "other"}, {"Telecom", "telecom"}, {"Metals", "steel_metals"},
            {"Hotels", "hospitality"}, {"Learning", "education"}, {"Farms", "agriculture"}};
    static final String[] EN_SUFFIXES = {"Inc.", "Ltd.", "LLC", "Corp.", "GmbH", "Pte. Ltd.", "PLC", "Co., Ltd.",
            "Pty Ltd", "Group"};

    // ---- contacts ----------------------------------------------------------------------------------

    static final String[] CN_TITLES = {"总经理", "副总经理", "采购经理", "采购专员", "技术总监", "财务总监", "销售经理",
            "项目经理", "工程师", "高级工程师", "行政主管", "董事长", "总裁", "首席信息官", "运营总监", "IT经理",
            "质量经理", "生产经理", "总经理助理", "市场总监"};
    static final String[] EN_TITLES = {"CEO", "CTO", "CFO", "Purchasing Manager", "Procurement Director", "Engineer",
            "Operations Manager", "IT Manager", "Sales Director", "Project Manager", "Head of Supply Chain",
            "Office Manager", "Managing Director", "VP Engineering"};
    static final String[] CN_DEPARTMENTS = {"采购部", "技术部", "财务部", "总经办", "信息中心", "生产部", "行政部",
            "市场部", "销售部", "质量部", "研发中心"};
    static final String[] EN_DEPARTMENTS = {"Procurement", "IT", "Finance", "Operations", "Engineering",
            "Management", "Marketing", "Supply Chain", "R&D"};

    static final String[] TAGS = {"重点客户", "战略合作", "VIP", "老客户", "招投标", "海外", "政府采购", "上市公司",
            "key-account", "renewal"};
}
