/*
 * China's municipalities and prefecture-level cities (autonomous prefectures, leagues and
 * county-level cities left out), by province: the slug, the names, the GB/T 2260 code and an
 * approximate centre (latitude, longitude, to two places). Each province's capital comes first.
 * Where two cities share a romanization, the slug names the province.
 */

export interface Province {
  nameZh: string;
  nameEn: string;
  /** The short name used before a city's ("广西柳州", "Liuzhou, Guangxi"). */
  shortZh: string;
  shortEn: string;
  /** The province's own daily. */
  dailyZh: string;
  dailyEn: string;
  municipality?: boolean;
  cities: readonly CityRow[];
}

export type CityRow = readonly [slug: string, nameZh: string, nameEn: string, gb2260: number, latitude: number, longitude: number];

export const provinces: readonly Province[] = [
  { nameZh: '北京市', nameEn: 'Beijing', shortZh: '北京', shortEn: 'Beijing', dailyZh: '北京日报', dailyEn: 'Beijing Daily', municipality: true, cities: [['beijing', '北京', 'Beijing', 110000, 39.9, 116.41]] },
  { nameZh: '天津市', nameEn: 'Tianjin', shortZh: '天津', shortEn: 'Tianjin', dailyZh: '天津日报', dailyEn: 'Tianjin Daily', municipality: true, cities: [['tianjin', '天津', 'Tianjin', 120000, 39.13, 117.19]] },
  { nameZh: '上海市', nameEn: 'Shanghai', shortZh: '上海', shortEn: 'Shanghai', dailyZh: '解放日报', dailyEn: 'Jiefang Daily', municipality: true, cities: [['shanghai', '上海', 'Shanghai', 310000, 31.23, 121.47]] },
  { nameZh: '重庆市', nameEn: 'Chongqing', shortZh: '重庆', shortEn: 'Chongqing', dailyZh: '重庆日报', dailyEn: 'Chongqing Daily', municipality: true, cities: [['chongqing', '重庆', 'Chongqing', 500000, 29.53, 106.5]] },
  {
    nameZh: '河北省', nameEn: 'Hebei Province', shortZh: '河北', shortEn: 'Hebei', dailyZh: '河北日报', dailyEn: 'Hebei Daily',
    cities: [
      ['shijiazhuang', '石家庄', 'Shijiazhuang', 130100, 38.05, 114.5], ['tangshan', '唐山', 'Tangshan', 130200, 39.64, 118.18],
      ['qinhuangdao', '秦皇岛', 'Qinhuangdao', 130300, 39.94, 119.59], ['handan', '邯郸', 'Handan', 130400, 36.61, 114.49],
      ['xingtai', '邢台', 'Xingtai', 130500, 37.07, 114.51], ['baoding', '保定', 'Baoding', 130600, 38.87, 115.48],
      ['zhangjiakou', '张家口', 'Zhangjiakou', 130700, 40.81, 114.88], ['chengde', '承德', 'Chengde', 130800, 40.98, 117.94],
      ['cangzhou', '沧州', 'Cangzhou', 130900, 38.31, 116.86], ['langfang', '廊坊', 'Langfang', 131000, 39.53, 116.71],
      ['hengshui', '衡水', 'Hengshui', 131100, 37.74, 115.67],
    ],
  },
  {
    nameZh: '山西省', nameEn: 'Shanxi Province', shortZh: '山西', shortEn: 'Shanxi', dailyZh: '山西日报', dailyEn: 'Shanxi Daily',
    cities: [
      ['taiyuan', '太原', 'Taiyuan', 140100, 37.86, 112.55], ['datong', '大同', 'Datong', 140200, 40.09, 113.3],
      ['yangquan', '阳泉', 'Yangquan', 140300, 37.86, 113.58], ['changzhi', '长治', 'Changzhi', 140400, 36.19, 113.11],
      ['jincheng', '晋城', 'Jincheng', 140500, 35.5, 112.85], ['shuozhou', '朔州', 'Shuozhou', 140600, 39.33, 112.43],
      ['jinzhong', '晋中', 'Jinzhong', 140700, 37.7, 112.74], ['yuncheng', '运城', 'Yuncheng', 140800, 35.02, 111.0],
      ['xinzhou', '忻州', 'Xinzhou', 140900, 38.42, 112.73], ['linfen', '临汾', 'Linfen', 141000, 36.08, 111.52],
      ['lvliang', '吕梁', 'Lüliang', 141100, 37.52, 111.13],
    ],
  },
  {
    nameZh: '内蒙古自治区', nameEn: 'Inner Mongolia Autonomous Region', shortZh: '内蒙古', shortEn: 'Inner Mongolia', dailyZh: '内蒙古日报', dailyEn: 'Inner Mongolia Daily',
    cities: [
      ['hohhot', '呼和浩特', 'Hohhot', 150100, 40.82, 111.67], ['baotou', '包头', 'Baotou', 150200, 40.66, 109.84],
      ['wuhai', '乌海', 'Wuhai', 150300, 39.67, 106.83], ['chifeng', '赤峰', 'Chifeng', 150400, 42.28, 118.96],
      ['tongliao', '通辽', 'Tongliao', 150500, 43.62, 122.26], ['ordos', '鄂尔多斯', 'Ordos', 150600, 39.82, 109.99],
      ['hulunbuir', '呼伦贝尔', 'Hulunbuir', 150700, 49.22, 119.76], ['bayannur', '巴彦淖尔', 'Bayannur', 150800, 40.76, 107.42],
      ['ulanqab', '乌兰察布', 'Ulanqab', 150900, 41.03, 113.11],
    ],
  },
  {
    nameZh: '辽宁省', nameEn: 'Liaoning Province', shortZh: '辽宁', shortEn: 'Liaoning', dailyZh: '辽宁日报', dailyEn: 'Liaoning Daily',
    cities: [
      ['shenyang', '沈阳', 'Shenyang', 210100, 41.8, 123.43], ['dalian', '大连', 'Dalian', 210200, 38.91, 121.62],
      ['anshan', '鞍山', 'Anshan', 210300, 41.11, 123.0], ['fushun', '抚顺', 'Fushun', 210400, 41.88, 123.92],
      ['benxi', '本溪', 'Benxi', 210500, 41.3, 123.77], ['dandong', '丹东', 'Dandong', 210600, 40.12, 124.38],
      ['jinzhou', '锦州', 'Jinzhou', 210700, 41.12, 121.14], ['yingkou', '营口', 'Yingkou', 210800, 40.67, 122.24],
      ['fuxin', '阜新', 'Fuxin', 210900, 42.01, 121.65], ['liaoyang', '辽阳', 'Liaoyang', 211000, 41.27, 123.18],
      ['panjin', '盘锦', 'Panjin', 211100, 41.12, 122.07], ['tieling', '铁岭', 'Tieling', 211200, 42.29, 123.84],
      ['chaoyang', '朝阳', 'Chaoyang', 211300, 41.58, 120.45], ['huludao', '葫芦岛', 'Huludao', 211400, 40.76, 120.86],
    ],
  },
  {
    nameZh: '吉林省', nameEn: 'Jilin Province', shortZh: '吉林', shortEn: 'Jilin', dailyZh: '吉林日报', dailyEn: 'Jilin Daily',
    cities: [
      ['changchun', '长春', 'Changchun', 220100, 43.89, 125.32], ['jilin', '吉林', 'Jilin', 220200, 43.84, 126.55],
      ['siping', '四平', 'Siping', 220300, 43.17, 124.37], ['liaoyuan', '辽源', 'Liaoyuan', 220400, 42.9, 125.15],
      ['tonghua', '通化', 'Tonghua', 220500, 41.72, 125.94], ['baishan', '白山', 'Baishan', 220600, 41.94, 126.43],
      ['songyuan', '松原', 'Songyuan', 220700, 45.12, 124.82], ['baicheng', '白城', 'Baicheng', 220800, 45.62, 122.84],
    ],
  },
  {
    nameZh: '黑龙江省', nameEn: 'Heilongjiang Province', shortZh: '黑龙江', shortEn: 'Heilongjiang', dailyZh: '黑龙江日报', dailyEn: 'Heilongjiang Daily',
    cities: [
      ['harbin', '哈尔滨', 'Harbin', 230100, 45.76, 126.64], ['qiqihar', '齐齐哈尔', 'Qiqihar', 230200, 47.35, 123.95],
      ['jixi', '鸡西', 'Jixi', 230300, 45.3, 130.98], ['hegang', '鹤岗', 'Hegang', 230400, 47.33, 130.28],
      ['shuangyashan', '双鸭山', 'Shuangyashan', 230500, 46.64, 131.16], ['daqing', '大庆', 'Daqing', 230600, 46.59, 125.11],
      ['yichun-heilongjiang', '伊春', 'Yichun', 230700, 47.72, 128.9], ['jiamusi', '佳木斯', 'Jiamusi', 230800, 46.81, 130.36],
      ['qitaihe', '七台河', 'Qitaihe', 230900, 45.77, 131.02], ['mudanjiang', '牡丹江', 'Mudanjiang', 231000, 44.58, 129.62],
      ['heihe', '黑河', 'Heihe', 231100, 50.25, 127.5], ['suihua', '绥化', 'Suihua', 231200, 46.64, 126.99],
    ],
  },
  {
    nameZh: '江苏省', nameEn: 'Jiangsu Province', shortZh: '江苏', shortEn: 'Jiangsu', dailyZh: '新华日报', dailyEn: 'Xinhua Daily',
    cities: [
      ['nanjing', '南京', 'Nanjing', 320100, 32.04, 118.77], ['wuxi', '无锡', 'Wuxi', 320200, 31.57, 120.3],
      ['xuzhou', '徐州', 'Xuzhou', 320300, 34.26, 117.18], ['changzhou', '常州', 'Changzhou', 320400, 31.77, 119.95],
      ['suzhou', '苏州', 'Suzhou', 320500, 31.3, 120.62], ['nantong', '南通', 'Nantong', 320600, 32.02, 120.86],
      ['lianyungang', '连云港', 'Lianyungang', 320700, 34.6, 119.18], ['huaian', '淮安', 'Huai’an', 320800, 33.6, 119.02],
      ['yancheng', '盐城', 'Yancheng', 320900, 33.38, 120.14], ['yangzhou', '扬州', 'Yangzhou', 321000, 32.39, 119.42],
      ['zhenjiang', '镇江', 'Zhenjiang', 321100, 32.2, 119.45], ['taizhou-jiangsu', '泰州', 'Taizhou', 321200, 32.48, 119.92],
      ['suqian', '宿迁', 'Suqian', 321300, 33.95, 118.29],
    ],
  },
  {
    nameZh: '浙江省', nameEn: 'Zhejiang Province', shortZh: '浙江', shortEn: 'Zhejiang', dailyZh: '浙江日报', dailyEn: 'Zhejiang Daily',
    cities: [
      ['hangzhou', '杭州', 'Hangzhou', 330100, 30.27, 120.16], ['ningbo', '宁波', 'Ningbo', 330200, 29.87, 121.55],
      ['wenzhou', '温州', 'Wenzhou', 330300, 28.0, 120.67], ['jiaxing', '嘉兴', 'Jiaxing', 330400, 30.76, 120.75],
      ['huzhou', '湖州', 'Huzhou', 330500, 30.87, 120.1], ['shaoxing', '绍兴', 'Shaoxing', 330600, 30.0, 120.58],
      ['jinhua', '金华', 'Jinhua', 330700, 29.09, 119.65], ['quzhou', '衢州', 'Quzhou', 330800, 28.94, 118.87],
      ['zhoushan', '舟山', 'Zhoushan', 330900, 30.02, 122.11], ['taizhou-zhejiang', '台州', 'Taizhou', 331000, 28.66, 121.43],
      ['lishui', '丽水', 'Lishui', 331100, 28.45, 119.92],
    ],
  },
  {
    nameZh: '安徽省', nameEn: 'Anhui Province', shortZh: '安徽', shortEn: 'Anhui', dailyZh: '安徽日报', dailyEn: 'Anhui Daily',
    cities: [
      ['hefei', '合肥', 'Hefei', 340100, 31.86, 117.28], ['wuhu', '芜湖', 'Wuhu', 340200, 31.33, 118.38],
      ['bengbu', '蚌埠', 'Bengbu', 340300, 32.93, 117.36], ['huainan', '淮南', 'Huainan', 340400, 32.65, 117.03],
      ['maanshan', '马鞍山', 'Ma’anshan', 340500, 31.69, 118.51], ['huaibei', '淮北', 'Huaibei', 340600, 33.97, 116.79],
      ['tongling', '铜陵', 'Tongling', 340700, 30.93, 117.82], ['anqing', '安庆', 'Anqing', 340800, 30.52, 117.05],
      ['huangshan', '黄山', 'Huangshan', 341000, 29.71, 118.32], ['chuzhou', '滁州', 'Chuzhou', 341100, 32.3, 118.32],
      ['fuyang', '阜阳', 'Fuyang', 341200, 32.9, 115.82], ['suzhou-anhui', '宿州', 'Suzhou', 341300, 33.63, 116.98],
      ['luan', '六安', 'Lu’an', 341500, 31.75, 116.51], ['bozhou', '亳州', 'Bozhou', 341600, 33.87, 115.78],
      ['chizhou', '池州', 'Chizhou', 341700, 30.66, 117.49], ['xuancheng', '宣城', 'Xuancheng', 341800, 30.95, 118.76],
    ],
  },
  {
    nameZh: '福建省', nameEn: 'Fujian Province', shortZh: '福建', shortEn: 'Fujian', dailyZh: '福建日报', dailyEn: 'Fujian Daily',
    cities: [
      ['fuzhou', '福州', 'Fuzhou', 350100, 26.08, 119.31], ['xiamen', '厦门', 'Xiamen', 350200, 24.49, 118.11],
      ['putian', '莆田', 'Putian', 350300, 25.43, 119.01], ['sanming', '三明', 'Sanming', 350400, 26.27, 117.64],
      ['quanzhou', '泉州', 'Quanzhou', 350500, 24.91, 118.59], ['zhangzhou', '漳州', 'Zhangzhou', 350600, 24.51, 117.66],
      ['nanping', '南平', 'Nanping', 350700, 26.64, 118.18], ['longyan', '龙岩', 'Longyan', 350800, 25.09, 117.03],
      ['ningde', '宁德', 'Ningde', 350900, 26.66, 119.53],
    ],
  },
  {
    nameZh: '江西省', nameEn: 'Jiangxi Province', shortZh: '江西', shortEn: 'Jiangxi', dailyZh: '江西日报', dailyEn: 'Jiangxi Daily',
    cities: [
      ['nanchang', '南昌', 'Nanchang', 360100, 28.68, 115.89], ['jingdezhen', '景德镇', 'Jingdezhen', 360200, 29.29, 117.21],
      ['pingxiang', '萍乡', 'Pingxiang', 360300, 27.62, 113.85], ['jiujiang', '九江', 'Jiujiang', 360400, 29.71, 115.99],
      ['xinyu', '新余', 'Xinyu', 360500, 27.81, 114.93], ['yingtan', '鹰潭', 'Yingtan', 360600, 28.24, 117.03],
      ['ganzhou', '赣州', 'Ganzhou', 360700, 25.85, 114.94], ['jian', '吉安', 'Ji’an', 360800, 27.11, 114.99],
      ['yichun-jiangxi', '宜春', 'Yichun', 360900, 27.8, 114.39], ['fuzhou-jiangxi', '抚州', 'Fuzhou', 361000, 27.98, 116.36],
      ['shangrao', '上饶', 'Shangrao', 361100, 28.44, 117.97],
    ],
  },
  {
    nameZh: '山东省', nameEn: 'Shandong Province', shortZh: '山东', shortEn: 'Shandong', dailyZh: '大众日报', dailyEn: 'Dazhong Daily',
    cities: [
      ['jinan', '济南', 'Jinan', 370100, 36.68, 117.0], ['qingdao', '青岛', 'Qingdao', 370200, 36.09, 120.37],
      ['zibo', '淄博', 'Zibo', 370300, 36.81, 118.05], ['zaozhuang', '枣庄', 'Zaozhuang', 370400, 34.86, 117.56],
      ['dongying', '东营', 'Dongying', 370500, 37.46, 118.5], ['yantai', '烟台', 'Yantai', 370600, 37.54, 121.39],
      ['weifang', '潍坊', 'Weifang', 370700, 36.71, 119.11], ['jining', '济宁', 'Jining', 370800, 35.42, 116.59],
      ['taian', '泰安', 'Tai’an', 370900, 36.19, 117.13], ['weihai', '威海', 'Weihai', 371000, 37.51, 122.12],
      ['rizhao', '日照', 'Rizhao', 371100, 35.43, 119.46], ['linyi', '临沂', 'Linyi', 371300, 35.07, 118.33],
      ['dezhou', '德州', 'Dezhou', 371400, 37.45, 116.31], ['liaocheng', '聊城', 'Liaocheng', 371500, 36.46, 115.98],
      ['binzhou', '滨州', 'Binzhou', 371600, 37.38, 118.02], ['heze', '菏泽', 'Heze', 371700, 35.25, 115.47],
    ],
  },
  {
    nameZh: '河南省', nameEn: 'Henan Province', shortZh: '河南', shortEn: 'Henan', dailyZh: '河南日报', dailyEn: 'Henan Daily',
    cities: [
      ['zhengzhou', '郑州', 'Zhengzhou', 410100, 34.76, 113.67], ['kaifeng', '开封', 'Kaifeng', 410200, 34.8, 114.34],
      ['luoyang', '洛阳', 'Luoyang', 410300, 34.66, 112.43], ['pingdingshan', '平顶山', 'Pingdingshan', 410400, 33.74, 113.31],
      ['anyang', '安阳', 'Anyang', 410500, 36.1, 114.35], ['hebi', '鹤壁', 'Hebi', 410600, 35.75, 114.3],
      ['xinxiang', '新乡', 'Xinxiang', 410700, 35.3, 113.88], ['jiaozuo', '焦作', 'Jiaozuo', 410800, 35.24, 113.24],
      ['puyang', '濮阳', 'Puyang', 410900, 35.77, 115.04], ['xuchang', '许昌', 'Xuchang', 411000, 34.02, 113.83],
      ['luohe', '漯河', 'Luohe', 411100, 33.58, 114.03], ['sanmenxia', '三门峡', 'Sanmenxia', 411200, 34.78, 111.19],
      ['nanyang', '南阳', 'Nanyang', 411300, 33.0, 112.54], ['shangqiu', '商丘', 'Shangqiu', 411400, 34.44, 115.65],
      ['xinyang', '信阳', 'Xinyang', 411500, 32.12, 114.08], ['zhoukou', '周口', 'Zhoukou', 411600, 33.62, 114.65],
      ['zhumadian', '驻马店', 'Zhumadian', 411700, 32.98, 114.02],
    ],
  },
  {
    nameZh: '湖北省', nameEn: 'Hubei Province', shortZh: '湖北', shortEn: 'Hubei', dailyZh: '湖北日报', dailyEn: 'Hubei Daily',
    cities: [
      ['wuhan', '武汉', 'Wuhan', 420100, 30.58, 114.3], ['huangshi', '黄石', 'Huangshi', 420200, 30.22, 115.08],
      ['shiyan', '十堰', 'Shiyan', 420300, 32.65, 110.79], ['yichang', '宜昌', 'Yichang', 420500, 30.7, 111.29],
      ['xiangyang', '襄阳', 'Xiangyang', 420600, 32.04, 112.14], ['ezhou', '鄂州', 'Ezhou', 420700, 30.4, 114.89],
      ['jingmen', '荆门', 'Jingmen', 420800, 31.04, 112.2], ['xiaogan', '孝感', 'Xiaogan', 420900, 30.93, 113.93],
      ['jingzhou', '荆州', 'Jingzhou', 421000, 30.33, 112.24], ['huanggang', '黄冈', 'Huanggang', 421100, 30.45, 114.88],
      ['xianning', '咸宁', 'Xianning', 421200, 29.83, 114.33], ['suizhou', '随州', 'Suizhou', 421300, 31.72, 113.37],
    ],
  },
  {
    nameZh: '湖南省', nameEn: 'Hunan Province', shortZh: '湖南', shortEn: 'Hunan', dailyZh: '湖南日报', dailyEn: 'Hunan Daily',
    cities: [
      ['changsha', '长沙', 'Changsha', 430100, 28.19, 112.98], ['zhuzhou', '株洲', 'Zhuzhou', 430200, 27.84, 113.15],
      ['xiangtan', '湘潭', 'Xiangtan', 430300, 27.85, 112.93], ['hengyang', '衡阳', 'Hengyang', 430400, 26.9, 112.61],
      ['shaoyang', '邵阳', 'Shaoyang', 430500, 27.24, 111.47], ['yueyang', '岳阳', 'Yueyang', 430600, 29.37, 113.13],
      ['changde', '常德', 'Changde', 430700, 29.04, 111.69], ['zhangjiajie', '张家界', 'Zhangjiajie', 430800, 29.13, 110.48],
      ['yiyang', '益阳', 'Yiyang', 430900, 28.57, 112.36], ['chenzhou', '郴州', 'Chenzhou', 431000, 25.79, 113.03],
      ['yongzhou', '永州', 'Yongzhou', 431100, 26.43, 111.61], ['huaihua', '怀化', 'Huaihua', 431200, 27.55, 109.98],
      ['loudi', '娄底', 'Loudi', 431300, 27.73, 112.01],
    ],
  },
  {
    nameZh: '广东省', nameEn: 'Guangdong Province', shortZh: '广东', shortEn: 'Guangdong', dailyZh: '南方日报', dailyEn: 'Nanfang Daily',
    cities: [
      ['guangzhou', '广州', 'Guangzhou', 440100, 23.13, 113.28], ['shaoguan', '韶关', 'Shaoguan', 440200, 24.8, 113.59],
      ['shenzhen', '深圳', 'Shenzhen', 440300, 22.55, 114.09], ['zhuhai', '珠海', 'Zhuhai', 440400, 22.26, 113.55],
      ['shantou', '汕头', 'Shantou', 440500, 23.37, 116.71], ['foshan', '佛山', 'Foshan', 440600, 23.03, 113.12],
      ['jiangmen', '江门', 'Jiangmen', 440700, 22.59, 113.09], ['zhanjiang', '湛江', 'Zhanjiang', 440800, 21.2, 110.41],
      ['maoming', '茂名', 'Maoming', 440900, 21.66, 110.92], ['zhaoqing', '肇庆', 'Zhaoqing', 441200, 23.05, 112.47],
      ['huizhou', '惠州', 'Huizhou', 441300, 23.08, 114.41], ['meizhou', '梅州', 'Meizhou', 441400, 24.3, 116.12],
      ['shanwei', '汕尾', 'Shanwei', 441500, 22.77, 115.36], ['heyuan', '河源', 'Heyuan', 441600, 23.75, 114.7],
      ['yangjiang', '阳江', 'Yangjiang', 441700, 21.86, 111.98], ['qingyuan', '清远', 'Qingyuan', 441800, 23.7, 113.04],
      ['dongguan', '东莞', 'Dongguan', 441900, 23.05, 113.76], ['zhongshan', '中山', 'Zhongshan', 442000, 22.52, 113.38],
      ['chaozhou', '潮州', 'Chaozhou', 445100, 23.66, 116.63], ['jieyang', '揭阳', 'Jieyang', 445200, 23.54, 116.36],
      ['yunfu', '云浮', 'Yunfu', 445300, 22.93, 112.04],
    ],
  },
  {
    nameZh: '广西壮族自治区', nameEn: 'Guangxi Zhuang Autonomous Region', shortZh: '广西', shortEn: 'Guangxi', dailyZh: '广西日报', dailyEn: 'Guangxi Daily',
    cities: [
      ['nanning', '南宁', 'Nanning', 450100, 22.82, 108.32], ['liuzhou', '柳州', 'Liuzhou', 450200, 24.33, 109.41],
      ['guilin', '桂林', 'Guilin', 450300, 25.27, 110.3], ['wuzhou', '梧州', 'Wuzhou', 450400, 23.47, 111.32],
      ['beihai', '北海', 'Beihai', 450500, 21.47, 109.12], ['fangchenggang', '防城港', 'Fangchenggang', 450600, 21.61, 108.35],
      ['qinzhou', '钦州', 'Qinzhou', 450700, 21.97, 108.62], ['guigang', '贵港', 'Guigang', 450800, 23.09, 109.6],
      ['yulin-guangxi', '玉林', 'Yulin', 450900, 22.63, 110.15], ['baise', '百色', 'Baise', 451000, 23.9, 106.62],
      ['hezhou', '贺州', 'Hezhou', 451100, 24.41, 111.55], ['hechi', '河池', 'Hechi', 451200, 24.7, 108.06],
      ['laibin', '来宾', 'Laibin', 451300, 23.73, 109.23], ['chongzuo', '崇左', 'Chongzuo', 451400, 22.4, 107.35],
    ],
  },
  {
    nameZh: '海南省', nameEn: 'Hainan Province', shortZh: '海南', shortEn: 'Hainan', dailyZh: '海南日报', dailyEn: 'Hainan Daily',
    cities: [
      ['haikou', '海口', 'Haikou', 460100, 20.03, 110.33], ['sanya', '三亚', 'Sanya', 460200, 18.25, 109.51],
      ['danzhou', '儋州', 'Danzhou', 460400, 19.52, 109.58],
    ],
  },
  {
    nameZh: '四川省', nameEn: 'Sichuan Province', shortZh: '四川', shortEn: 'Sichuan', dailyZh: '四川日报', dailyEn: 'Sichuan Daily',
    cities: [
      ['chengdu', '成都', 'Chengdu', 510100, 30.66, 104.07], ['zigong', '自贡', 'Zigong', 510300, 29.35, 104.77],
      ['panzhihua', '攀枝花', 'Panzhihua', 510400, 26.58, 101.72], ['luzhou', '泸州', 'Luzhou', 510500, 28.89, 105.44],
      ['deyang', '德阳', 'Deyang', 510600, 31.13, 104.4], ['mianyang', '绵阳', 'Mianyang', 510700, 31.46, 104.74],
      ['guangyuan', '广元', 'Guangyuan', 510800, 32.43, 105.83], ['suining', '遂宁', 'Suining', 510900, 30.51, 105.57],
      ['neijiang', '内江', 'Neijiang', 511000, 29.59, 105.07], ['leshan', '乐山', 'Leshan', 511100, 29.58, 103.76],
      ['nanchong', '南充', 'Nanchong', 511300, 30.8, 106.08], ['meishan', '眉山', 'Meishan', 511400, 30.05, 103.83],
      ['yibin', '宜宾', 'Yibin', 511500, 28.76, 104.63], ['guangan', '广安', 'Guang’an', 511600, 30.46, 106.63],
      ['dazhou', '达州', 'Dazhou', 511700, 31.21, 107.5], ['yaan', '雅安', 'Ya’an', 511800, 29.99, 103.0],
      ['bazhong', '巴中', 'Bazhong', 511900, 31.86, 106.75], ['ziyang', '资阳', 'Ziyang', 512000, 30.12, 104.64],
    ],
  },
  {
    nameZh: '贵州省', nameEn: 'Guizhou Province', shortZh: '贵州', shortEn: 'Guizhou', dailyZh: '贵州日报', dailyEn: 'Guizhou Daily',
    cities: [
      ['guiyang', '贵阳', 'Guiyang', 520100, 26.58, 106.71], ['liupanshui', '六盘水', 'Liupanshui', 520200, 26.58, 104.85],
      ['zunyi', '遵义', 'Zunyi', 520300, 27.71, 106.94], ['anshun', '安顺', 'Anshun', 520400, 26.25, 105.93],
      ['bijie', '毕节', 'Bijie', 520500, 27.3, 105.29], ['tongren', '铜仁', 'Tongren', 520600, 27.72, 109.19],
    ],
  },
  {
    nameZh: '云南省', nameEn: 'Yunnan Province', shortZh: '云南', shortEn: 'Yunnan', dailyZh: '云南日报', dailyEn: 'Yunnan Daily',
    cities: [
      ['kunming', '昆明', 'Kunming', 530100, 25.04, 102.71], ['qujing', '曲靖', 'Qujing', 530300, 25.5, 103.8],
      ['yuxi', '玉溪', 'Yuxi', 530400, 24.35, 102.54], ['baoshan', '保山', 'Baoshan', 530500, 25.11, 99.17],
      ['zhaotong', '昭通', 'Zhaotong', 530600, 27.34, 103.72], ['lijiang', '丽江', 'Lijiang', 530700, 26.87, 100.23],
      ['puer', '普洱', 'Pu’er', 530800, 22.78, 100.97], ['lincang', '临沧', 'Lincang', 530900, 23.89, 100.09],
    ],
  },
  {
    nameZh: '西藏自治区', nameEn: 'Tibet Autonomous Region', shortZh: '西藏', shortEn: 'Tibet', dailyZh: '西藏日报', dailyEn: 'Tibet Daily',
    cities: [
      ['lhasa', '拉萨', 'Lhasa', 540100, 29.66, 91.13], ['shigatse', '日喀则', 'Shigatse', 540200, 29.27, 88.89],
      ['qamdo', '昌都', 'Qamdo', 540300, 31.14, 97.18], ['nyingchi', '林芝', 'Nyingchi', 540400, 29.65, 94.36],
      ['shannan', '山南', 'Shannan', 540500, 29.24, 91.77], ['nagqu', '那曲', 'Nagqu', 540600, 31.48, 92.06],
    ],
  },
  {
    nameZh: '陕西省', nameEn: 'Shaanxi Province', shortZh: '陕西', shortEn: 'Shaanxi', dailyZh: '陕西日报', dailyEn: 'Shaanxi Daily',
    cities: [
      ['xian', '西安', 'Xi’an', 610100, 34.26, 108.95], ['tongchuan', '铜川', 'Tongchuan', 610200, 34.91, 108.96],
      ['baoji', '宝鸡', 'Baoji', 610300, 34.37, 107.14], ['xianyang', '咸阳', 'Xianyang', 610400, 34.33, 108.71],
      ['weinan', '渭南', 'Weinan', 610500, 34.5, 109.5], ['yanan', '延安', 'Yan’an', 610600, 36.6, 109.49],
      ['hanzhong', '汉中', 'Hanzhong', 610700, 33.08, 107.03], ['yulin-shaanxi', '榆林', 'Yulin', 610800, 38.29, 109.74],
      ['ankang', '安康', 'Ankang', 610900, 32.69, 109.03], ['shangluo', '商洛', 'Shangluo', 611000, 33.87, 109.94],
    ],
  },
  {
    nameZh: '甘肃省', nameEn: 'Gansu Province', shortZh: '甘肃', shortEn: 'Gansu', dailyZh: '甘肃日报', dailyEn: 'Gansu Daily',
    cities: [
      ['lanzhou', '兰州', 'Lanzhou', 620100, 36.06, 103.82], ['jiayuguan', '嘉峪关', 'Jiayuguan', 620200, 39.79, 98.28],
      ['jinchang', '金昌', 'Jinchang', 620300, 38.51, 102.19], ['baiyin', '白银', 'Baiyin', 620400, 36.55, 104.17],
      ['tianshui', '天水', 'Tianshui', 620500, 34.58, 105.72], ['wuwei', '武威', 'Wuwei', 620600, 37.93, 102.63],
      ['zhangye', '张掖', 'Zhangye', 620700, 38.93, 100.46], ['pingliang', '平凉', 'Pingliang', 620800, 35.54, 106.68],
      ['jiuquan', '酒泉', 'Jiuquan', 620900, 39.74, 98.51], ['qingyang', '庆阳', 'Qingyang', 621000, 35.73, 107.64],
      ['dingxi', '定西', 'Dingxi', 621100, 35.58, 104.63], ['longnan', '陇南', 'Longnan', 621200, 33.39, 104.93],
    ],
  },
  {
    nameZh: '青海省', nameEn: 'Qinghai Province', shortZh: '青海', shortEn: 'Qinghai', dailyZh: '青海日报', dailyEn: 'Qinghai Daily',
    cities: [
      ['xining', '西宁', 'Xining', 630100, 36.62, 101.78], ['haidong', '海东', 'Haidong', 630200, 36.5, 102.1],
    ],
  },
  {
    nameZh: '宁夏回族自治区', nameEn: 'Ningxia Hui Autonomous Region', shortZh: '宁夏', shortEn: 'Ningxia', dailyZh: '宁夏日报', dailyEn: 'Ningxia Daily',
    cities: [
      ['yinchuan', '银川', 'Yinchuan', 640100, 38.47, 106.28], ['shizuishan', '石嘴山', 'Shizuishan', 640200, 39.01, 106.38],
      ['wuzhong', '吴忠', 'Wuzhong', 640300, 37.99, 106.2], ['guyuan', '固原', 'Guyuan', 640400, 36.0, 106.29],
      ['zhongwei', '中卫', 'Zhongwei', 640500, 37.51, 105.19],
    ],
  },
  {
    nameZh: '新疆维吾尔自治区', nameEn: 'Xinjiang Uygur Autonomous Region', shortZh: '新疆', shortEn: 'Xinjiang', dailyZh: '新疆日报', dailyEn: 'Xinjiang Daily',
    cities: [
      ['urumqi', '乌鲁木齐', 'Urumqi', 650100, 43.79, 87.62], ['karamay', '克拉玛依', 'Karamay', 650200, 45.6, 84.87],
      ['turpan', '吐鲁番', 'Turpan', 650400, 42.95, 89.18], ['hami', '哈密', 'Hami', 650500, 42.83, 93.51],
    ],
  },
];

/**
 * What some cities are known for, and the topics their exchanges are most often about (keys of the
 * topic list in ./topics.ts). Other cities draw their topics at random.
 */
export const knownFor: Readonly<Record<string, readonly [zh: string, en: string, topics: readonly string[]]>> = {
  beijing: ['首都；科技创新中心', 'The capital, and a centre of science and innovation', ['数字经济', '人工智能', '对口支援']],
  shanghai: ['国际经济、金融、贸易中心', 'An international centre of the economy, finance and trade', ['营商环境', '集成电路', '会展经济']],
  tianjin: ['北方港口城市', 'A northern port city', ['港口物流', '装备制造', '自由贸易试验区']],
  chongqing: ['山城；火锅和夜景', 'The mountain city, known for hotpot and its lights at night', ['夜间经济', '汽车零部件', '中欧班列']],
  harbin: ['冰城；冰雪旅游', 'The ice city, known for ice-and-snow tourism', ['冰雪旅游', '装备制造', '文旅融合']],
  qiqihar: ['齐齐哈尔烤肉', 'Qiqihar barbecue', ['烧烤', '装备制造', '现代农业']],
  jinzhou: ['锦州烧烤', 'Jinzhou barbecue', ['烧烤', '港口物流']],
  daqing: ['石油之城', 'The oil city', ['石化产业', '氢能产业']],
  shenyang: ['老工业基地', 'An old industrial base', ['装备制造', '城市更新']],
  dalian: ['海滨城市；港口', 'A seaside city and port', ['港口物流', '石化产业']],
  changchun: ['汽车城', 'The car city', ['新能源汽车', '汽车零部件', '冰雪旅游']],
  hangzhou: ['数字经济；西湖', 'The digital economy and West Lake', ['数字经济', '直播电商', '政务服务']],
  ningbo: ['港口城市', 'A port city', ['港口物流', '新材料']],
  wenzhou: ['民营经济', 'Private enterprise', ['营商环境', '纺织服装']],
  huzhou: ['“绿水青山就是金山银山”理念诞生地', 'Where the idea that clear waters and green mountains are assets was born', ['生态环境保护', '全域旅游']],
  jinhua: ['小商品市场', 'Small-commodity markets', ['跨境电商', '直播电商']],
  shaoxing: ['黄酒；水乡', 'Yellow rice wine and waterways', ['历史文化街区保护', '纺织服装']],
  jiaxing: ['红船起航地', 'Where the Red Boat set out', ['红色旅游', '数字经济']],
  zhoushan: ['海洋经济', 'The marine economy', ['港口物流', '海洋经济']],
  suzhou: ['园林；工业园区', 'Classical gardens and industrial parks', ['开发区建设', '生物医药', '文旅融合']],
  wuxi: ['物联网', 'The Internet of Things', ['集成电路', '智能制造']],
  changzhou: ['新能源之都', 'A capital of new energy', ['光伏产业', '锂电池产业']],
  yancheng: ['新能源；丹顶鹤', 'New energy and red-crowned cranes', ['光伏产业', '生态环境保护']],
  nanjing: ['六朝古都', 'Ancient capital of six dynasties', ['历史文化街区保护', '集成电路']],
  hefei: ['新能源汽车；集成电路', 'New-energy vehicles and chips', ['新能源汽车', '集成电路', '招商引资']],
  huangshan: ['黄山旅游', 'Mount Huangshan', ['全域旅游', '茶产业']],
  bozhou: ['中药材之都', 'A capital of traditional medicinal herbs', ['中医药']],
  jingdezhen: ['瓷都', 'The porcelain capital', ['陶瓷产业', '非物质文化遗产保护']],
  ganzhou: ['赣南脐橙', 'Gannan navel oranges', ['特色农产品', '红色旅游']],
  xiamen: ['经济特区；港口', 'A special economic zone and port', ['自由贸易试验区', '港口物流']],
  quanzhou: ['民营经济；海上丝绸之路起点', 'Private enterprise, and a start of the Maritime Silk Road', ['纺织服装', '营商环境']],
  ningde: ['锂电之都', 'A capital of lithium batteries', ['锂电池产业', '新能源汽车']],
  jinan: ['泉城', 'The city of springs', ['智能制造', '城市更新']],
  qingdao: ['啤酒；海洋经济', 'Beer and the marine economy', ['海洋经济', '会展经济']],
  zibo: ['老工业城市；淄博烧烤走红网络', 'An old industrial city whose barbecue went viral online', ['烧烤', '陶瓷产业', '城市管理']],
  yantai: ['苹果；葡萄酒', 'Apples and wine', ['特色农产品', '石化产业']],
  weifang: ['风筝；蔬菜', 'Kites and vegetables', ['现代农业', '预制菜']],
  jining: ['儒家文化', 'Confucian culture', ['历史文化街区保护', '文旅融合']],
  taian: ['泰山', 'Mount Tai', ['全域旅游']],
  heze: ['牡丹；汉服', 'Peonies and Hanfu clothing', ['直播电商', '纺织服装']],
  zhengzhou: ['交通枢纽', 'A transport hub', ['现代物流', '中欧班列']],
  luoyang: ['牡丹；古都', 'Peonies and an ancient capital', ['文旅融合', '装备制造']],
  kaifeng: ['宋文化', 'Song-dynasty culture', ['文旅融合', '夜间经济']],
  wuhan: ['光谷；汽车', 'Optics Valley and cars', ['新能源汽车', '数字经济']],
  xiangyang: ['汽车', 'Cars', ['新能源汽车', '汽车零部件']],
  shiyan: ['汽车城', 'A car city', ['汽车零部件', '生态环境保护']],
  yichang: ['三峡', 'The Three Gorges', ['长江大保护', '全域旅游']],
  changsha: ['网红城市；夜经济', 'An internet-famous city with a night-time economy', ['夜间经济', '装备制造']],
  zhuzhou: ['轨道交通装备', 'Rail transit equipment', ['装备制造']],
  zhangjiajie: ['奇峰旅游', 'Sandstone peaks and tourism', ['全域旅游']],
  guangzhou: ['商贸中心', 'A centre of trade', ['会展经济', '跨境电商']],
  shenzhen: ['科技创新；经济特区', 'Innovation, and a special economic zone', ['人工智能', '营商环境', '低空经济']],
  foshan: ['制造业；家电', 'Manufacturing and household appliances', ['智能制造', '预制菜']],
  dongguan: ['世界工厂', 'The world’s factory', ['智能制造', '人才引进']],
  maoming: ['荔枝', 'Lychees', ['特色农产品']],
  meizhou: ['客家文化', 'Hakka culture', ['文旅融合', '乡村振兴']],
  nanning: ['面向东盟的门户', 'The gateway to ASEAN', ['跨境电商', '会展经济']],
  liuzhou: ['老工业城市；把螺蛳粉做成了产业', 'An old industrial city that turned luosifen (snail rice noodles) into an industry', ['螺蛳粉产业', '新能源汽车', '城市管理']],
  guilin: ['山水甲天下', 'Famous landscapes', ['全域旅游', '文旅融合']],
  beihai: ['滨海旅游', 'Seaside tourism', ['全域旅游', '海洋经济']],
  baise: ['芒果', 'Mangoes', ['特色农产品', '红色旅游']],
  'yulin-guangxi': ['中药材', 'Traditional medicinal herbs', ['中医药']],
  haikou: ['自由贸易港', 'A free trade port', ['自由贸易试验区']],
  sanya: ['热带滨海旅游', 'Tropical seaside tourism', ['全域旅游', '会展经济']],
  chengdu: ['大熊猫；火锅', 'Giant pandas and hotpot', ['文旅融合', '美食文化', '数字经济']],
  luzhou: ['白酒', 'Baijiu', ['白酒产业']],
  yibin: ['白酒；动力电池', 'Baijiu and power batteries', ['白酒产业', '锂电池产业']],
  zigong: ['灯会；盐', 'Lantern fairs and salt', ['非物质文化遗产保护', '美食文化']],
  guiyang: ['大数据', 'Big data', ['数字经济']],
  zunyi: ['茅台；红色旅游', 'Moutai and red tourism', ['白酒产业', '红色旅游']],
  kunming: ['春城', 'The city of spring', ['全域旅游', '特色农产品']],
  lijiang: ['古城旅游', 'Old-town tourism', ['全域旅游', '历史文化街区保护']],
  puer: ['普洱茶', 'Pu’er tea', ['茶产业']],
  lhasa: ['高原旅游', 'Plateau tourism', ['全域旅游', '对口支援']],
  xian: ['历史文化名城', 'A historic city', ['文旅融合', '历史文化街区保护', '夜间经济']],
  yanan: ['红色旅游', 'Red tourism', ['红色旅游', '特色农产品']],
  'yulin-shaanxi': ['能源化工', 'Energy and chemicals', ['石化产业', '氢能产业']],
  lanzhou: ['牛肉面', 'Beef noodles', ['美食文化', '现代物流']],
  tianshui: ['麻辣烫走红网络', 'Spicy hotpot (malatang) that went viral online', ['美食文化', '城市管理', '特色农产品']],
  zhangye: ['丹霞地貌', 'Danxia landforms', ['全域旅游']],
  jiuquan: ['航天；新能源', 'Spaceflight and new energy', ['光伏产业']],
  yinchuan: ['葡萄酒', 'Wine', ['特色农产品', '全域旅游']],
  urumqi: ['陆港', 'An inland port', ['中欧班列', '现代物流']],
  baotou: ['稀土；钢铁', 'Rare earths and steel', ['新材料', '钢铁产业转型']],
  ordos: ['能源', 'Energy', ['氢能产业', '光伏产业']],
  datong: ['古城；煤炭转型', 'An old city moving beyond coal', ['历史文化街区保护', '钢铁产业转型']],
  taiyuan: ['能源革命', 'Remaking its energy industry', ['钢铁产业转型', '新材料']],
  tangshan: ['钢铁', 'Steel', ['钢铁产业转型', '港口物流']],
  zhangjiakou: ['冬奥会赛区', 'An Olympic Winter Games venue', ['冰雪旅游', '体育赛事']],
};
