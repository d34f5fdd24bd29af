-- Reference configuration: the indicators the Front reports on the campaign and the yearly form
-- "Kết quả thực hiện Cuộc vận động" for communes, districts and provinces (each level reports what it did itself;
-- roll-ups add the levels up).

insert into rpt_indicator (code, name_vi, name_en, value_type, aggregation, campaign_content, by_member_org, sort_order) values
 ('HO_NGHEO_DAU_NAM',       'Số hộ nghèo đầu năm', 'Poor households at the start of the year', 'INTEGER', 'LAST', 1, false, 10),
 ('HO_CAN_NGHEO_DAU_NAM',   'Số hộ cận nghèo đầu năm', 'Near-poor households at the start of the year', 'INTEGER', 'LAST', 1, false, 20),
 ('HO_THOAT_NGHEO',         'Số hộ thoát nghèo trong năm', 'Households that escaped poverty', 'INTEGER', 'SUM', 1, false, 30),
 ('HO_DUOC_HO_TRO',         'Số hộ nghèo được hỗ trợ sinh kế, vốn, cây con giống', 'Poor households supported with livelihoods', 'INTEGER', 'SUM', 1, true, 40),
 ('NHA_DDK_XAY_MOI',        'Số nhà Đại đoàn kết xây mới', 'Great-Unity houses built', 'INTEGER', 'SUM', 1, false, 50),
 ('NHA_DDK_SUA_CHUA',       'Số nhà Đại đoàn kết sửa chữa', 'Great-Unity houses repaired', 'INTEGER', 'SUM', 1, false, 60),
 ('NHA_DDK_GIA_TRI',        'Giá trị xây mới, sửa chữa nhà Đại đoàn kết (đồng)', 'Value of Great-Unity houses built or repaired (VND)', 'MONEY', 'SUM', 1, false, 70),
 ('QUY_VNN_VAN_DONG',       'Số tiền vận động Quỹ "Vì người nghèo" (đồng)', 'Money raised for the For-the-Poor fund (VND)', 'MONEY', 'SUM', 1, false, 80),
 ('QUY_VNN_CHI',            'Số tiền Quỹ "Vì người nghèo" chi hỗ trợ (đồng)', 'For-the-Poor fund spending (VND)', 'MONEY', 'SUM', 1, false, 90),
 ('HO_GIA_DINH',            'Tổng số hộ gia đình', 'Households', 'INTEGER', 'LAST', 2, false, 100),
 ('HO_GD_VAN_HOA',          'Số hộ đạt danh hiệu "Gia đình văn hóa"', 'Households rated "cultural family"', 'INTEGER', 'SUM', 2, false, 110),
 ('TY_LE_GD_VAN_HOA',       'Tỷ lệ hộ đạt danh hiệu "Gia đình văn hóa" (%)', 'Share of cultural families (%)', 'PERCENT', 'AVERAGE', 2, false, 120),
 ('KDC_TONG',               'Tổng số khu dân cư', 'Residential areas', 'INTEGER', 'LAST', 2, false, 130),
 ('KDC_VAN_HOA',            'Số khu dân cư đạt danh hiệu "Khu dân cư văn hóa"', 'Residential areas rated "cultural"', 'INTEGER', 'SUM', 2, false, 140),
 ('KDC_NGAY_HOI',           'Số khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc', 'Residential areas holding Great Unity Day', 'INTEGER', 'SUM', 2, false, 150),
 ('MO_HINH_MOI',            'Số mô hình mới được xây dựng', 'Community models built', 'INTEGER', 'SUM', 3, true, 160),
 ('MO_HINH_DUY_TRI',        'Số mô hình được duy trì, nhân rộng', 'Community models maintained or replicated', 'INTEGER', 'SUM', 3, true, 170),
 ('TO_TU_QUAN_ANTT',        'Số tổ tự quản về an ninh trật tự', 'Self-governing public-order groups', 'INTEGER', 'SUM', 4, false, 180),
 ('TAP_HUAN_HOI_NGHI',      'Số hội nghị tập huấn', 'Training conferences', 'INTEGER', 'SUM', 5, false, 190),
 ('TAP_HUAN_NGUOI',         'Số lượt người dự tập huấn', 'Training participants', 'INTEGER', 'SUM', 5, false, 200),
 ('TUYEN_TRUYEN_BUOI',      'Số buổi tuyên truyền', 'Propaganda sessions', 'INTEGER', 'SUM', 5, true, 210),
 ('TUYEN_TRUYEN_NGUOI',     'Số lượt người nghe tuyên truyền', 'Propaganda participants', 'INTEGER', 'SUM', 5, true, 220),
 ('GIAM_SAT_CUOC',          'Số cuộc giám sát', 'Supervisions held', 'INTEGER', 'SUM', 5, false, 230),
 ('KHAO_SAT_DA_TO_CHUC',    'Đã tổ chức lấy ý kiến sự hài lòng của người dân', 'Satisfaction survey held', 'YES_NO', 'SUM', 5, false, 240),
 ('KHAO_SAT_PHIEU',         'Số phiếu lấy ý kiến sự hài lòng thu về', 'Satisfaction ballots returned', 'INTEGER', 'SUM', 5, false, 250),
 ('KHAO_SAT_TY_LE_HAI_LONG','Tỷ lệ người dân hài lòng (%)', 'Share of satisfied residents (%)', 'PERCENT', 'AVERAGE', 5, false, 260),
 ('GHI_CHU',                'Ghi chú, kiến nghị', 'Notes and recommendations', 'TEXT', 'NONE', null, false, 270);

insert into rpt_form (code, name_vi, name_en, period_type, levels, deadline_day)
values ('KQ_CVD', 'Kết quả thực hiện Cuộc vận động', 'Campaign results', 'YEAR', 'province,district,commune', 20);

insert into rpt_form_section (form_id, title_vi, title_en, sort_order)
select f.id, s.title_vi, s.title_en, s.sort_order
from rpt_form f, (values
  ('I. Giảm nghèo bền vững, nhà Đại đoàn kết, Quỹ "Vì người nghèo"', 'I. Poverty reduction, Great-Unity houses, For-the-Poor fund', 1),
  ('II. Xây dựng đời sống văn hóa ở khu dân cư', 'II. Cultural life in residential areas', 2),
  ('III. Mô hình, an ninh trật tự', 'III. Community models, public order', 3),
  ('IV. Tuyên truyền, tập huấn, giám sát và sự hài lòng của người dân', 'IV. Propaganda, training, supervision and satisfaction', 4)
) as s(title_vi, title_en, sort_order)
where f.code = 'KQ_CVD';

insert into rpt_form_item (form_id, section_id, indicator_id, sort_order, required)
select f.id, s.id, i.id, i.sort_order,
       i.code in ('HO_NGHEO_DAU_NAM', 'HO_THOAT_NGHEO', 'HO_GIA_DINH', 'KDC_TONG', 'QUY_VNN_VAN_DONG')
from rpt_form f
join rpt_form_section s on s.form_id = f.id
join rpt_indicator i on s.sort_order = case
        when i.campaign_content = 1 then 1
        when i.campaign_content = 2 then 2
        when i.campaign_content in (3, 4) then 3
        else 4 end
where f.code = 'KQ_CVD';

insert into rpt_rule (form_id, left_id, operator, right_id)
select f.id, l.id, r.op, rr.id
from rpt_form f,
     (values ('HO_THOAT_NGHEO', 'LE', 'HO_NGHEO_DAU_NAM'),
             ('HO_GD_VAN_HOA', 'LE', 'HO_GIA_DINH'),
             ('KDC_VAN_HOA', 'LE', 'KDC_TONG'),
             ('KDC_NGAY_HOI', 'LE', 'KDC_TONG')) as r(lcode, op, rcode)
join rpt_indicator l on l.code = r.lcode
join rpt_indicator rr on rr.code = r.rcode
where f.code = 'KQ_CVD';
