"""Party grammar probe: generates short case texts from parts (role words,
name shapes, lists, sentence frames), runs the release extractor on them as
JSONL and counts, per frame, list shape and name shape, the texts whose
plaintiffs/defendants differ from the generated names.

  python3 Scripts/party_grammar_probe.py SEED COUNT [BIN] [-v N]
  CIVIL=1 ... : civil, labour, arbitration, appeal, retrial, enforcement frames
  NARR=1 ... : parties told in narrative (labour arbitration, 将…诉至, 甲公司起诉乙公司,
               申请人/被申请人, 申请执行人/被执行人, agency as 被告, 支持起诉, non-parties)
  MASKED=1 ... : only 某-masked people, 某-companies and 、/和/及 lists

The Swift twin with the passing shapes is Tests/LegalExtractTests/CasePartyPropertyTests.swift.
"""
import random, json, sys, subprocess, collections
R = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 600
BIN = sys.argv[3] if len(sys.argv) > 3 else '/work/wt-dockets/.build/release/extract'
SUR1 = list("张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴莫孔汤")
SUR2 = ["欧阳","司马","上官","诸葛","东方","慕容","令狐","皇甫","公孙","夏侯"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉建国志海斌鹏宇浩凯红鑫波俊峰成林晓云亮东")
PLACES = ["北京","上海","广州","深圳","杭州","南京","成都","武汉","西安","长沙","郑州","济南","福州","昆明","合肥"]
TRADES = ["科技","贸易","建筑工程","房地产开发","物流","投资","商贸","网络科技","实业","餐饮管理","机械设备","装饰工程"]
BRANDS = ["宏达","鑫源","华泰","恒信","远航","金泰","天成","盛世","永丰","瑞祥"]
CRIMES = ["盗窃","诈骗","故意伤害","合同诈骗","非法吸收公众存款","帮助信息网络犯罪活动","危险驾驶","开设赌场","掩饰、隐瞒犯罪所得","污染环境"]
DISPUTES = ["买卖合同","民间借贷","劳动争议","房屋租赁合同","建设工程施工合同","侵权责任","股权转让","借款合同"]
COURTS = ["北京市朝阳区人民法院","上海市浦东新区人民法院","广州市中级人民法院","杭州市西湖区人民法院","成都市中级人民法院","武汉市江汉区人民法院"]
PROCS = ["北京市朝阳区人民检察院","上海市浦东新区人民检察院","广州市人民检察院","杭州市西湖区人民检察院","成都市人民检察院","武汉市江汉区人民检察院"]
AGENCIES = ["某市人民政府","某县自然资源局","某区市场监督管理局","某市生态环境局","某县人民政府"]
NUMS = "二三四五六七八九"
def person():
    s = R.choice(SUR1) if R.random() < .85 else R.choice(SUR2)
    import os
    k = R.choice(["m1","m2","mjia"] if os.environ.get("MASKED") else ["m1","m2","mjia","g1","g2","mg"])
    if k == "m1": return s+"某", "person-某"
    if k == "m2": return s+"某某", "person-某某"
    if k == "mjia": return s+"某"+R.choice("甲乙丙丁"), "person-某甲"
    if k == "g1": return s+R.choice(GIVEN), "person-given1"
    if k == "g2": return s+R.choice(GIVEN)+R.choice(GIVEN), "person-given2"
    return s+"某"+R.choice(GIVEN), "person-某given"
def company():
    import os
    k = R.choice(["mm-place","m-trade","place-m"] if os.environ.get("MASKED") else ["mm-place","m-trade","place-m","brand","X","m-co","brand-gufen"])
    if k == "mm-place": return "某某（%s）%s有限公司" % (R.choice(PLACES), R.choice(TRADES)), "co-某某（地）"
    if k == "m-trade": return "某%s有限公司" % R.choice(TRADES), "co-某trade"
    if k == "place-m": return "%s某%s有限公司" % (R.choice(PLACES), R.choice(TRADES)), "co-place某trade"
    if k == "brand": return "%s%s%s有限公司" % (R.choice(PLACES), R.choice(BRANDS), R.choice(TRADES)), "co-brand"
    if k == "X": return R.choice("甲乙丙丁")+"公司", "co-X公司"
    if k == "m-co": return R.choice(["某公司","某某公司"]), "co-某公司"
    return "%s%s股份有限公司" % (R.choice(BRANDS), R.choice(TRADES)), "co-股份"
def names(kind, n):
    out, shapes = [], []
    while len(out) < n:
        nm, sh = kind()
        if nm not in out: out.append(nm); shapes.append(sh)
    return out, shapes
def joinlist(ns):
    if len(ns) == 1: return ns[0], "single"
    import os
    c = R.choice(["、","和","及"] if os.environ.get("MASKED") else ["、","和","及","与"])
    return "、".join(ns[:-1]) + c + ns[-1], "list-"+c
def party_list(kind, maxn=3, allow_tail=True):
    n = R.randint(1, maxn)
    ns, shapes = names(kind, n)
    text, lshape = joinlist(ns)
    tail = ""
    if allow_tail:
        t = R.choice(["", "", "等", "等人", "等N人", "二人"] if n >= 2 else ["", "", "等", "等人", "等N人"])
        if t == "等N人": tail = "等%s人" % R.choice(NUMS[n-1:] if n > 1 else NUMS)
        elif t == "二人": tail = "%s人" % NUMS[n-2] if n >= 2 else ""; t = "N人"
        else: tail = t
        lshape += ("+" + t) if t else ""
    return ns, text + tail, shapes, lshape
ARBS = ["某区劳动人事争议仲裁委员会","北京市朝阳区劳动人事争议仲裁委员会","杭州市劳动人事争议仲裁委员会","某市仲裁委员会"]
AGENCY_PARTIES = ["某区人力资源和社会保障局","某区人社局","某市市场监督管理局","某县自然资源局","某区市场监督管理局","某市公安局某分局"]
def shortco():
    # Short and lettered companies civil stories use (某物流公司, 甲公司, X有限公司, A公司).
    k = R.choice(["m-short","letter-cn","letter-lat","letter-lat-ltd","mm-short"])
    if k == "m-short": return "某%s公司" % R.choice(TRADES), "co-某trade公司"
    if k == "mm-short": return "某某%s公司" % R.choice(TRADES), "co-某某trade公司"
    if k == "letter-cn": return R.choice("甲乙丙丁")+"公司", "co-甲公司"
    if k == "letter-lat": return R.choice("ABCDX")+"公司", "co-A公司"
    return R.choice("ABCDX")+"有限公司", "co-X有限公司"
def civparty():
    return R.choice([person, person, shortco, company])()
def civil_frame():
    f = R.choice(["arbapp","arbrole","arbdis","shixin2","civco","civagency","appeal","appeal2","retrial","yusue1","yusue2","yusue3","zhichi","zhichi2","letters","labour"])
    court = R.choice(COURTS); proc = R.choice(PROCS); disp = R.choice(DISPUTES); arb = R.choice(ARBS)
    def two():
        p, psh = names(civparty, 1); d, dsh = names(civparty, 1)
        while d[0] in p[0] or p[0] in d[0]: d, dsh = names(civparty, 1)
        return p, d, psh + dsh
    if f == "arbapp":
        p, psh = names(person, 1); d, sh = names(R.choice([shortco, company]), 1)
        t = "%s向%s申请劳动仲裁，请求裁决%s支付拖欠的工资。仲裁委员会裁决%s支付%s工资3万元。" % (p[0], arb, d[0], d[0], p[0])
        return f, t, p, d, psh + sh, "arbapp"
    if f == "arbrole":
        p, d, sh = two()
        t = "申请人%s与被申请人%s劳动争议一案，%s经审理裁决被申请人支付经济补偿金。" % (p[0], d[0], arb)
        return f, t, p, d, sh, "arbrole"
    if f == "arbdis":
        p, psh = names(person, 1); d, sh = names(R.choice([shortco, company]), 1)
        t = "%s与%s因劳动报酬发生争议，%s申请劳动仲裁。%s不服仲裁裁决，诉至%s。法院判决驳回%s的诉讼请求。" % (p[0], d[0], p[0], d[0], court, d[0])
        return f, t, d, p, psh + sh, "arbdis"
    if f == "shixin2":
        d, sh = names(civparty, 1)
        form = R.choice(["失信被执行人%s长期拒不履行生效判决，%s依法对其采取司法拘留措施。", "%s依法对失信被执行人%s采取限制高消费措施。"])
        t = form % ((d[0], court) if form.startswith("失信") else (court, d[0]))
        return f, t, [], d, sh, "shixin2"
    if f == "civco":
        p, psh = names(R.choice([shortco, company]), 1); d, sh = names(R.choice([shortco, company]), 1)
        while d[0] in p[0] or p[0] in d[0]: d, sh = names(R.choice([shortco, company]), 1)
        t = "原告%s诉被告%s%s纠纷一案，%s判决被告支付货款及利息。" % (p[0], d[0], disp, court)
        return f, t, p, d, psh + sh, "civco"
    if f == "civagency":
        p, psh = names(R.choice([person, shortco, company]), 1); a = R.choice(AGENCY_PARTIES)
        t = "原告%s不服被告%s作出的行政处罚决定，向%s提起行政诉讼。法院判决撤销被诉处罚决定。" % (p[0], a, court)
        return f, t, p, [a], psh + ["agency"], "civagency"
    if f == "appeal":
        p, d, sh = two()
        t = "上诉人%s（原审被告）与被上诉人%s（原审原告）%s纠纷一案，%s二审判决驳回上诉，维持原判。" % (d[0], p[0], disp, court)
        return f, t, p, d, sh, "appeal"
    if f == "appeal2":
        p, d, sh = two()
        t = "上诉人%s因与被上诉人%s%s纠纷一案，不服一审判决，向%s提起上诉。原审原告%s诉请被告%s支付款项。" % (d[0], p[0], disp, court, p[0], d[0])
        return f, t, p, d, sh, "appeal2"
    if f == "retrial":
        p, d, sh = two()
        t = "再审申请人%s因与被申请人%s%s纠纷一案，不服%s作出的二审判决，向最高人民法院申请再审。最高人民法院裁定驳回%s的再审申请。" % (p[0], d[0], disp, court, p[0])
        return f, t, p, d, sh, "retrial"
    if f == "yusue1":
        p, d, sh = two()
        t = "%s与%s%s纠纷一案中，%s向%s起诉%s，请求判令其返还款项。法院判决支持了%s的诉讼请求。" % (p[0], d[0], disp, p[0], court, d[0], p[0])
        return f, t, p, d, sh, "yusue1"
    if f == "yusue2":
        p, d, sh = two()
        t = "%s与%s签订合同后发生纠纷。%s诉至%s，要求%s支付欠款。法院经审理判决%s支付欠款。" % (p[0], d[0], p[0], court, d[0], d[0])
        return f, t, p, d, sh, "yusue2"
    if f == "yusue3":
        p, d, sh = two()
        t = "%s与%s%s纠纷一案，%s起诉要求%s返还借款。%s经审理支持了原告的诉讼请求。" % (p[0], d[0], disp, p[0], d[0], court)
        return f, t, p, d, sh, "yusue3"
    if f == "zhichi":
        p, psh = names(person, 1); d, sh = names(R.choice([shortco, company]), 1)
        t = "%s支持%s起诉%s追索劳动报酬。%s判决%s支付%s工资。" % (proc, p[0], d[0], court, d[0], p[0])
        return f, t, p, d, psh + sh, "zhichi"
    if f == "zhichi2":
        p, psh = names(person, 1); d, sh = names(R.choice([shortco, company]), 1)
        t = "%s向%s起诉%s，要求支付工资。%s派员出庭支持起诉，法院判决%s支付工资。" % (p[0], court, d[0], proc, d[0])
        return f, t, p, d, psh + sh, "zhichi2"
    if f == "letters":
        p = [R.choice("甲乙")]; d = [x for x in "丙丁" if R.random() < .7] or ["丙"]
        t = "原告%s诉被告%s%s纠纷一案，%s判决被告%s返还借款。" % (p[0], "、".join(d), disp, court, "、".join(d))
        return f, t, p, d, ["letter"], "letters-%d" % len(d)
    if f == "labour":
        p, psh = names(person, 1); d, sh = names(R.choice([shortco, company]), 1)
        t = "劳动者%s与用人单位%s劳动争议一案，%s判决%s支付%s经济补偿金。" % (p[0], d[0], court, d[0], p[0])
        return f, t, p, d, psh + sh, "labour"
ARBSHORT = ["仲裁委", "某区仲裁委", "区劳动人事争议仲裁委员会", "某区劳动人事争议仲裁委员会"]
def narr_frame():
    # Round 14: parties told in narrative (labour arbitration, 将…诉至法院, 甲公司起诉乙公司,
    # 申请人/被申请人, 申请执行人/被执行人, an agency as 被告, 支持起诉), and people who are
    # no party (witness, judge, lawyer, victim).
    f = R.choice(["arbnarr", "arbnarr2", "arbnarr3", "jiang", "jiangagency", "coqisu", "applicants",
                  "enfnarr", "shixin3", "adminnarr", "zhichi3", "nonparty"])
    court = R.choice(COURTS); proc = R.choice(PROCS); arb = R.choice(ARBSHORT + ARBS)
    if f == "arbnarr":
        p, psh = names(person, 1); d, sh = names(R.choice([shortco, company]), 1)
        verb = R.choice(["提出仲裁申请", "提出劳动仲裁申请", "申请劳动仲裁", "申请仲裁"])
        t = "%s于2020年入职%s。因发生争议，%s向%s%s，要求%s支付未休年休假工资报酬。仲裁委裁决支持了%s的仲裁请求。" % (p[0], d[0], p[0], arb, verb, d[0], p[0])
        return f, t, p, d, psh + sh, "arbnarr/" + verb
    if f == "arbnarr2":
        p, psh = names(person, 1); d, sh = names(R.choice([shortco, company]), 1)
        verb = R.choice(["提出仲裁申请", "申请劳动仲裁", "提出了仲裁申请"])
        lead = R.choice(["随后，", "", "%s不服，" % p[0], "2018年4月，"])
        subj = "" if lead.endswith("不服，") else p[0]
        t = "%s入职%s，双方订立劳动合同。%s%s%s，要求%s支付违法解除劳动合同赔偿金。仲裁委审理后裁决驳回了%s的仲裁请求。" % (p[0], d[0], lead, subj, verb, d[0], p[0])
        return f, t, p, d, psh + sh, "arbnarr2/" + verb
    if f == "arbnarr3":
        p, psh = names(person, 1); d, sh = names(R.choice([shortco, company]), 1)
        t = "%s向%s申请仲裁，请求裁决%s支付加班费。" % (p[0], arb, d[0])
        return f, t, p, d, psh + sh, "arbnarr3"
    if f in ("jiang", "jiangagency"):
        p, psh = names(R.choice([person, shortco, company]), 1)
        if f == "jiang":
            d, sh = names(R.choice([person, shortco, company]), 1)
            while d[0] in p[0] or p[0] in d[0]: d, sh = names(R.choice([person, shortco, company]), 1)
        else:
            d, sh = [R.choice(AGENCY_PARTIES)], ["agency"]
        lead = R.choice(["经多次催讨无果后，", "", "2021年3月，"])
        where = R.choice(["诉至法院", "诉至%s" % court, "告上法庭"])
        t = "%s%s将%s%s，要求%s。%s经审理作出判决。" % (lead, p[0], d[0], where, "撤销处罚决定" if f == "jiangagency" else "支付货款", court)
        return f, t, p, d, psh + sh, "jiang/" + where[:2]
    if f == "coqisu":
        p, psh = names(R.choice([shortco, company]), 1); d, sh = names(R.choice([shortco, company]), 1)
        while d[0] in p[0] or p[0] in d[0]: d, sh = names(R.choice([shortco, company]), 1)
        t = "%s起诉%s，要求%s支付货款50万元。%s经审理支持了原告的诉讼请求。" % (p[0], d[0], d[0], court)
        return f, t, p, d, psh + sh, "coqisu"
    if f == "applicants":
        p, psh = names(R.choice([person, shortco, company]), 1); d, sh = names(R.choice([person, shortco, company]), 1)
        while d[0] in p[0] or p[0] in d[0]: d, sh = names(R.choice([person, shortco, company]), 1)
        t = "申请人%s称，双方曾签订借款协议。被申请人%s辩称其已还清借款。%s审查后裁定驳回申请。" % (p[0], d[0], court)
        return f, t, p, d, psh + sh, "applicants"
    if f == "enfnarr":
        p, psh = names(R.choice([person, shortco, company]), 1); d, sh = names(R.choice([person, shortco, company]), 1)
        while d[0] in p[0] or p[0] in d[0]: d, sh = names(R.choice([person, shortco, company]), 1)
        t = "判决生效后，被执行人%s未履行还款义务，申请执行人%s向%s申请强制执行。执行法官依法查封了其名下房产。" % (d[0], p[0], court)
        return f, t, p, d, psh + sh, "enfnarr"
    if f == "shixin3":
        d, sh = names(R.choice([person, shortco, company]), 1)
        t = "%s执行局近日对失信被执行人%s采取司法拘留措施，%s当日即履行了全部义务。" % (court, d[0], d[0])
        return f, t, [], d, sh, "shixin3"
    if f == "adminnarr":
        p, psh = names(R.choice([person, shortco, company]), 1); a = R.choice(AGENCY_PARTIES)
        t = "%s对%s作出的行政处罚决定不服，以%s为被告向%s提起行政诉讼。法院判决撤销被诉处罚决定。" % (p[0], a, a, court)
        return f, t, p, [a], psh + ["agency"], "adminnarr"
    if f == "zhichi3":
        p, psh = names(person, 1); d, sh = names(R.choice([shortco, company]), 1)
        t = "%s拖欠%s工资。%s支持%s向%s提起诉讼，法院判决%s支付工资。" % (d[0], p[0], proc, p[0], court, d[0])
        return f, t, p, d, psh + sh, "zhichi3"
    # nonparty: a witness, the presiding judge, a lawyer and a victim beside the parties.
    p, psh = names(person, 1); d, sh = names(R.choice([shortco, company]), 1)
    o = names(person, 4)[0]
    while any(x in y or y in x for x in o for y in p + d): o = names(person, 4)[0]
    t = "原告%s诉被告%s劳动争议一案，审判长%s主持庭审，证人%s出庭作证，%s的代理律师%s发表了代理意见。%s判决%s支付工资。" % (p[0], d[0], o[0], o[1], p[0], o[2], court, d[0])
    return f, t, p, d, psh + sh, "nonparty"
def frame():
    import os
    if os.environ.get("NARR"):
        # A heading opens each story so that case discovery finds the case (the
        # probe asks about parties, not about whether a story is told).
        f, t, p, d, sh, ls = narr_frame()
        return f, "案例一\n" + t, p, d, sh, ls
    if os.environ.get("CIVIL"): return civil_frame()
    f = R.choice(["pros","pros2","judg","suit1","suit2","suitco","arb","enf","enf2","pil","admin","leader","shixin","yi","yi2","duicase","victim"])
    crime = R.choice(CRIMES); court = R.choice(COURTS); proc = R.choice(PROCS); disp = R.choice(DISPUTES)
    if f == "pros":
        d, dt, sh, ls = party_list(person)
        t = "%s以%s罪对被告人%s提起公诉。%s人民法院经审理认为，%s的行为构成%s罪。" % (proc, crime, dt, "", d[0], crime)
        t = "%s以%s罪对被告人%s提起公诉。法院经审理认为，%s的行为构成%s罪。" % (proc, crime, dt, d[0], crime)
        return f, t, [proc], d, sh, ls
    if f == "pros2":
        d, dt, sh, ls = party_list(person)
        t = "公诉机关%s指控，被告人%s于2022年3月起实施%s。%s审理后依法作出判决。" % (proc, dt, crime, court)
        return f, t, [proc], d, sh, ls
    if f == "judg":
        d, sh = names(person, R.randint(1, 3))
        parts = ["%s以%s罪判处被告人%s有期徒刑%s年" % (court, crime, d[0], R.choice(NUMS))]
        for x in d[1:]: parts.append("判处%s有期徒刑%s年" % (x, R.choice(NUMS)))
        return f, "，".join(parts) + "。", [], d, sh, "judg-%d" % len(d)
    if f == "suit1":
        p, psh = names(person, 1); d, dt, sh, ls = party_list(R.choice([person, company]), 2, False)
        t = "%s向%s起诉%s，请求判令其返还借款。法院审理后支持了%s的诉讼请求。" % (p[0], court, dt, p[0])
        return f, t, p, d, psh + sh, ls
    if f == "suit2":
        p, pt, psh, pls = party_list(R.choice([person, company]), 2, False); d, dt, sh, ls = party_list(R.choice([person, company]), 2, False)
        t = "%s公开审理了原告%s诉被告%s%s纠纷一案。" % (court, pt, dt, disp)
        return f, t, p, d, psh + sh, pls + "/" + ls
    if f == "suitco":
        p, psh = names(person, 1); d, sh = names(company, 1)
        t = "%s诉%s%s纠纷一案，%s作出一审判决，判令该公司支付欠款。" % (p[0], d[0], disp, court)
        return f, t, p, d, psh + sh, "甲诉乙"
    if f == "arb":
        p, psh = names(R.choice([person, company]), 1); d, sh = names(R.choice([person, company]), 1)
        t = "申请人%s与被申请人%s申请撤销仲裁裁决一案，%s裁定驳回%s的申请。" % (p[0], d[0], court, p[0])
        return f, t, p, d, psh + sh, "arb"
    if f == "enf":
        p, psh = names(R.choice([person, company]), 1); d, dt, sh, ls = party_list(R.choice([person, company]), 2, False)
        t = "申请执行人%s向%s申请强制执行被执行人%s，法院依法冻结了其银行存款。" % (p[0], court, dt)
        return f, t, p, d, psh + sh, ls
    if f == "enf2":
        p, psh = names(R.choice([person, company]), 1); d, sh = names(R.choice([person, company]), 1)
        t = "%s在执行申请执行人%s与被执行人%s%s纠纷一案中，依法拘留了%s。" % (court, p[0], d[0], disp, d[0])
        return f, t, p, d, psh + sh, "enf2"
    if f == "shixin":
        d, sh = names(R.choice([person, company]), 1)
        t = "%s依法将拒不履行生效判决的被执行人%s纳入失信被执行人名单。" % (court, d[0])
        return f, t, [], d, sh, "shixin"
    if f == "pil":
        d, sh = names(company, 1)
        t = "公益诉讼起诉人%s诉被告%s污染环境民事公益诉讼一案，由%s公开开庭审理。" % (proc, d[0], court)
        return f, t, [proc], d, sh, "pil"
    if f == "admin":
        p, psh = names(person, 1); a = R.choice(AGENCIES)
        t = "原告%s诉被告%s行政处罚一案，%s判决撤销被诉处罚决定。" % (p[0], a, court)
        return f, t, p, [a], psh + ["agency"], "admin"
    if f == "leader":
        d, sh = names(person, R.randint(2, 3))
        t = "以%s为首的犯罪团伙长期实施%s。%s以%s罪对被告人%s提起公诉。" % (d[0], crime, proc, crime, "、".join(d))
        return f, t, [proc], d, sh, "leader"
    if f == "yi":
        # case.party.charged-by-yi: 以 + the accused (等N人) + 涉嫌…罪 + 提起公诉 / 移送审查起诉.
        d, dt, sh, ls = party_list(person)
        verb = R.choice(["依法提起公诉", "提起公诉", "移送审查起诉"])
        actor = proc if verb != "移送审查起诉" else "某县公安局"
        t = "%s以%s涉嫌%s罪%s。%s审理后依法作出判决。" % (actor, dt, crime, verb, court)
        return f, t, [proc] if actor == proc else [], d, sh, ls
    if f == "yi2":
        d, sh = names(person, 1)
        sep = R.choice(["", "，"])
        t = "%s以%s犯%s罪%s判处有期徒刑%s年。" % (court, d[0], crime, sep, R.choice(NUMS))
        return f, t, [], d, sh, "yi2" + sep
    if f == "duicase":
        # case.party.tried-case-of: 对(被告人)甲、乙…罪名一案 + 宣判.
        d, sh = names(person, R.randint(1, 3))
        role = R.choice(["", "被告人"])
        j, _ = joinlist(d) if len(d) > 1 else (d[0], "")
        # 依法公开宣判 alone in a one-sentence story reads as commentary (case discovery).
        act = R.choice(["作出一审宣判", "作出二审宣判", "公开开庭审理"])
        t = "%s对%s%s%s一案%s。" % (court, role, j.replace("与", "和"), crime, act)
        return f, t, [], d, sh, "duicase-%d" % len(d)
    if f == "victim":
        # case.party.guard.title-victim: 甲被…案 names the victim.
        v, vsh = names(person, 1); d, sh = names(person, 1)
        while d[0] in v[0] or v[0] in d[0]: d, sh = names(person, 1)
        deed, charge = R.choice([("诈骗", "诈骗"), ("盗", "盗窃"), ("猥亵", "猥亵儿童"), ("故意伤害", "故意伤害"), ("拐卖", "拐卖儿童")])
        t = "案例一\n%s被%s案\n2024年某日，%s对%s实施犯罪后被抓获。%s以%s涉嫌%s罪提起公诉，法院依法作出判决。" % (v[0], deed, d[0], v[0], proc, d[0], charge)
        return f, t, [proc], d, sh, "victim"
cases = []
for i in range(N):
    f, t, p, d, sh, ls = frame()
    cases.append(dict(id=str(i), text="本报讯 " + t, frame=f, pl=p, de=d, shapes=sh, ls=ls))
inp = "\n".join(json.dumps({"id": c["id"], "text": c["text"]}, ensure_ascii=False) for c in cases)
out = subprocess.run([BIN, "--input", "jsonl", "--no-progress"], input=inp, capture_output=True, text=True).stdout
res = {}
for line in out.splitlines():
    d = json.loads(line); res[d["id"]] = d
fails = collections.Counter(); tot = collections.Counter(); ex = collections.defaultdict(list)
for c in cases:
    d = res[c["id"]]
    pp = [x for k in d["cases"] for x in k["plaintiffs"]]; pd = [x for k in d["cases"] for x in k["defendants"]]
    ok = sorted(set(pp)) == sorted(set(c["pl"])) and sorted(set(pd)) == sorted(set(c["de"]))
    keys = ["frame:" + c["frame"], "list:" + c["ls"]] + ["shape:" + s for s in set(c["shapes"])] + ["fs:" + c["frame"] + "/" + s for s in set(c["shapes"])]
    for k in keys:
        tot[k] += 1
        if not ok: fails[k] += 1
    if not ok: ex[c["frame"]].append((c["text"], pp, pd, c["pl"], c["de"]))
print("fail total", sum(1 for c in cases if not (lambda d: sorted(set(x for k in d["cases"] for x in k["plaintiffs"])) == sorted(set(c["pl"])) and sorted(set(x for k in d["cases"] for x in k["defendants"])) == sorted(set(c["de"])))(res[c["id"]])), "/", len(cases))
for k in sorted(tot): print("%-28s %3d/%3d" % (k, fails[k], tot[k]))
if "-v" in sys.argv:
    for f, lst in ex.items():
        print("==", f, len(lst))
        for e in lst[:int(sys.argv[sys.argv.index("-v")+1])]: print("  ", e[0], "\n     got P", e[1], "D", e[2], "\n     want P", e[3], "D", e[4])
