import { defineRule } from './rule';
import { activeDevices, deviceTarget } from './helpers';

export default defineRule({
  id: 'outside-location-detail',
  severity: 'warning',
  category: 'devices',
  options: {},
  sources: ['note 2-4', '6.0: none found (note only)'],
  description: { ja: '施設外で使う端末の利用場所が具体的に書かれていること', en: 'Places outside the facility are described' },
  help: { ja: '施設外の利用場所を具体的に（例: 利用者宅、往診先）locations の detail に記入してください。', en: "Describe where outside the facility the device is used (e.g. patients' homes) in the location's detail." },
  messages: {
    default: {
      ja: '端末 {device} の施設外の利用場所が具体的に書かれていません。{@devices:locations.detail|locations の detail} に場所を記入してください',
      en: 'Device {device} is used outside the facility but the place is not described. Write it in {@devices:locations.detail|the location detail}',
    },
  },
  check(context) {
    for (const { item: device, index } of activeDevices(context.ledger)) {
      device.locations.forEach((location, entry) => {
        if (location.place !== 'outside' || (location.detail ?? '').trim() !== '') return;
        context.report({ path: ['devices', index, 'locations', entry], target: deviceTarget(device), data: { device: device.id } });
      });
    }
  },
});
