import { describe, expect, it } from 'vitest';
import { isAuthorNote, leadingByline, namesLine, parseNames, photoCredit, trailingByline } from './credits.ts';

describe('credits', () => {
  it('pairs padded two-character names', () => {
    expect(parseNames('李 川 罗 汉')).toEqual(['李川', '罗汉']);
    expect(parseNames('刘志军 程 俐')).toEqual(['刘志军', '程俐']);
    expect(parseNames('单建华 杨情陆')).toEqual(['单建华', '杨情陆']);
    expect(parseNames('陈卫林 陈 程 李礼壹 李寒露')).toEqual(['陈卫林', '陈程', '李礼壹', '李寒露']);
    expect(parseNames('李 钢 彪')).toEqual(['李钢彪']);
    expect(parseNames('记者 李 川 通讯员 罗汉')).toEqual(['李川', '罗汉']);
    expect(parseNames('本报记者张三')).toEqual(['张三']);
    expect(parseNames('记者 通讯员')).toBeNull();
    expect(parseNames('刘志军 邓')).toBeNull();
    expect(parseNames('李 川 罗 汉 王')).toBeNull();
  });
  it('tells a line of names from spaced-out text and section heads', () => {
    expect(namesLine(' 肖文旭 黄山峰')).toEqual(['肖文旭', '黄山峰']);
    expect(namesLine('金 融 创 新 全 流 程 服 务 民 生')).toBeNull();
    expect(namesLine('雷霆出击 擦亮平安底色')).toBeNull();
    expect(namesLine('向树华')).toBeNull();
    expect(namesLine('本报记者 王平 李川')).toEqual(['王平', '李川']);
    expect(namesLine('记者 王平')).toEqual(['王平']);
    expect(namesLine('本报记者王平')).toEqual(['王平']);
    expect(namesLine('向树华', 1)).toEqual(['向树华']);
  });
  it('finds bylines in parentheses at a line end', () => {
    expect(trailingByline('升。 （单建华 杨情陆）')).toEqual({ names: ['单建华', '杨情陆'], at: 3 });
    expect(trailingByline('利 20 件。 (陈 平)')?.names).toEqual(['陈平']);
    expect(trailingByline('主干道及单位，乡镇（街道）')).toBeNull();
    expect(trailingByline('落网。（记者 张三 通讯员 李四）')?.names).toEqual(['张三', '李四']);
    expect(trailingByline('（作者系湘潭高新区党工委书记）')).toBeNull();
  });
  it('finds the byline that opens a dispatch', () => {
    expect(leadingByline('本报讯（记者 张三 通讯员 李 四）近日，')).toEqual(['张三', '李四']);
    expect(leadingByline('（记者 王平）3 月 22 日，')).toEqual(['王平']);
    expect(leadingByline('（蓝山）专场等环节')).toBeNull();
    expect(leadingByline('近日（本报记者）')).toBeNull();
  });
  it('finds photo credits and author notes', () => {
    expect(photoCredit('在西洲公园路口段开展武装巡逻。 廖奖安 摄')).toEqual(['廖奖安']);
    expect(photoCredit('实战化中心。李华中 摄')).toEqual(['李华中']);
    expect(photoCredit('桂东植物园一角。(桂东县委宣传部供图)')).toEqual(['桂东县委宣传部']);
    expect(photoCredit('这是一次拍摄')).toBeNull();
    expect(photoCredit('队员在巡逻。 张三/摄')).toEqual(['张三']);
    expect(photoCredit('图为学生们在表演。（记者 盘晓 摄）')).toEqual(['盘晓']);
    expect(photoCredit('图为现场。（李 川 罗 汉 摄）')).toEqual(['李川', '罗汉']);
    expect(isAuthorNote('（作者系中共双牌县委副书记、县人民政府县长）')).toBe(true);
    expect(isAuthorNote('（单建华 杨情陆）')).toBe(false);
  });
});
