/** Report page titles name the town once: src/lib/titles.ts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportPageTitle, titleNamesTown, townForms, townMentions } from '../../src/lib/titles.ts';

const gutang = { zh: '古塘街道', en: 'Gutang Subdistrict' };
const suoqian = { zh: '所前镇', en: 'Suoqian Town' };
const taoyan = { zh: '陶堰街道', en: 'Taoyan Subdistrict' };
const wenyan = { zh: '闻堰街道', en: 'Wenyan Subdistrict' };
const jingjiang = { zh: '靖江街道', en: 'Jingjiang Subdistrict' };

test('town forms: the full name and the name without its level', () => {
  assert.deepEqual(townForms('古塘街道', 'zh'), ['古塘街道', '古塘']);
  assert.deepEqual(townForms('所前镇', 'zh'), ['所前镇', '所前']);
  assert.deepEqual(townForms('Suoqian Town', 'en'), ['Suoqian Town', 'Suoqian']);
  assert.deepEqual(townForms('Gutang Subdistrict', 'en'), ['Gutang Subdistrict', 'Gutang']);
  // A one-character short form would match too much; a name without a level has one form.
  assert.deepEqual(townForms('沙镇', 'zh'), ['沙镇']);
  assert.deepEqual(townForms('Hangzhou', 'en'), ['Hangzhou']);
});

test('a title that starts with the town, full or short, is not prefixed', () => {
  assert.equal(reportPageTitle(gutang, { zh: '古塘街道2022年工作安排', en: 'Gutang Subdistrict: Work Plan for 2022' }, 'zh'), '古塘街道2022年工作安排');
  assert.equal(reportPageTitle(gutang, { zh: '古塘街道2022年工作安排', en: 'Gutang Subdistrict: Work Plan for 2022' }, 'en'), 'Gutang Subdistrict: Work Plan for 2022');
  const suoqianTitle = { zh: '所前：坚持“产城人文”深度融合 构筑高质量发展新格局', en: 'Suoqian: Deepening the Integration of Industry, City, People and Culture' };
  assert.equal(reportPageTitle(suoqian, suoqianTitle, 'zh'), suoqianTitle.zh);
  assert.equal(reportPageTitle(suoqian, suoqianTitle, 'en'), suoqianTitle.en);
  const wenyanTitle = { zh: '闻堰抢抓“萧滨一体化”机遇 打造现代社区建设实验街区', en: 'Wenyan Seizes the Opportunity of Xiaoshan–Binjiang Integration' };
  assert.equal(reportPageTitle(wenyan, wenyanTitle, 'zh'), wenyanTitle.zh);
  assert.equal(reportPageTitle(wenyan, wenyanTitle, 'en'), wenyanTitle.en);
});

test('a title that names the town in full further on is not prefixed', () => {
  const title = { zh: '陶堰街道办事处2022年工作报告', en: 'Work Report of the Taoyan Subdistrict Office for 2022' };
  assert.equal(reportPageTitle(taoyan, title, 'zh'), title.zh);
  assert.equal(reportPageTitle(taoyan, title, 'en'), title.en);
});

test('a title that does not name the town is prefixed with it', () => {
  const title = { zh: '高质量建设“产城融合标杆·临空数智高地”', en: 'Building a “Benchmark of Industry–City Integration” to a High Standard' };
  assert.equal(reportPageTitle(jingjiang, title, 'zh'), '靖江街道：高质量建设“产城融合标杆·临空数智高地”');
  assert.equal(reportPageTitle(jingjiang, title, 'en'), 'Jingjiang Subdistrict: Building a “Benchmark of Industry–City Integration” to a High Standard');
});

test('English names match as whole words only; a short name further on is not the town', () => {
  assert.equal(titleNamesTown('Gutangville Plan for 2022', 'Gutang Subdistrict', 'en'), false);
  assert.equal(titleNamesTown('A Plan for Gutang', 'Gutang Subdistrict', 'en'), false);
  assert.equal(titleNamesTown('gutang subdistrict: plan', 'Gutang Subdistrict', 'en'), true);
  assert.equal(reportPageTitle({ zh: '江南镇', en: 'Jiangnan Town' }, { zh: '建设江南水乡', en: 'Building a Water Town' }, 'zh'), '江南镇：建设江南水乡');
});

test('mentions of the town are counted once per place, a short name inside the full one included', () => {
  assert.equal(townMentions('古塘街道：古塘街道2022年工作安排', '古塘街道', 'zh'), 2);
  assert.equal(townMentions('所前镇：所前：坚持', '所前镇', 'zh'), 2);
  assert.equal(townMentions('古塘街道2022年工作安排', '古塘街道', 'zh'), 1);
  assert.equal(townMentions('Gutang Subdistrict: Gutang Subdistrict: Work Plan for 2022', 'Gutang Subdistrict', 'en'), 2);
  assert.equal(townMentions('Suoqian Town: Suoqian: Deepening', 'Suoqian Town', 'en'), 2);
  assert.equal(townMentions('Work Report of the Taoyan Subdistrict Office for 2022', 'Taoyan Subdistrict', 'en'), 1);
});
