"""Writes the benchmark's contacts CSV: Chinese headers, realistic Chinese names, unique mobiles and
e-mails, accounts named by name (客户公司 1..1000), titles, 男/女 to be mapped, dates, notes; a few rows
per ten thousand are messy on purpose (a bad e-mail, an unknown account, a duplicate of an earlier row)."""
import random
import sys

rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(20261125)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强文斌海燕鑫宇晨浩然子涵欣怡梓轩思远嘉怡一鸣"
TITLES = ["采购经理", "技术总监", "总经理", "财务总监", "工程师", "销售主管", "IT经理", "副总裁", "Purchasing Manager", "CTO"]
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("姓名,公司,手机,邮箱,职位,性别,生日,备注\r\n")
    for i in range(1, rows + 1):
        name = random.choice(SURNAMES) + "".join(random.choice(GIVEN) for _ in range(random.choice((1, 2))))
        company = f"客户公司 {random.randint(1, 1000)}"
        mobile = f"1{random.choice('3578')}{i:09d}"
        email = f"c{i}@example{i % 97}.cn"
        if i % 10000 == 1:
            email = "not-an-email"
        if i % 10000 == 2:
            company = "没有这家公司"
        if i % 10000 == 3 and i > 10:
            mobile, email = f"1{random.choice('3578')}{i - 1:09d}", f"c{i - 1}@example{(i - 1) % 97}.cn"
        birthday = f"{random.randint(1960, 2000)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
        note = "老客户，关注交期" if i % 7 == 0 else ""
        out.write(f"{name},{company},{mobile},{email},{random.choice(TITLES)},{random.choice('男女')},{birthday},{note}\r\n")
