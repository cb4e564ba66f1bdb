// Plays the start of a game against a running server, as the smoke test's
// "data written before a restart": a host creates a room from the shipped bank,
// a player joins and answers the first question. Prints the game id.
import { io } from 'socket.io-client';

const url = process.argv[2] ?? 'http://127.0.0.1:3000';
const { banks } = await (await fetch(`${url}/api/banks`)).json();
const bank = banks.find((b) => b.shipped);
if (!bank) throw new Error('no shipped bank listed by /api/banks');

const connect = () => new Promise((resolve, reject) => {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  socket.once('connect', () => resolve(socket));
  socket.once('connect_error', reject);
});
const ask = async (socket, event, payload) => {
  const reply = await socket.timeout(5000).emitWithAck(event, payload);
  if (!reply.ok) throw new Error(`${event}: ${reply.error}`);
  return reply.data;
};

const host = await connect();
const { gameId, hostToken, code } = await ask(host, 'host:create', {
  bankId: bank.id, sections: [], count: 2, secondsPerQuestion: 30, shuffleQuestions: false, shuffleOptions: false,
  showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'smoke-test-device',
});
const phone = await connect();
const question = new Promise((resolve) => phone.on('player:screen', (s) => s.screen === 'question' && resolve(s)));
await ask(phone, 'player:join', { code, nickname: 'Smoke Tester' });
await ask(host, 'host:start', { gameId, hostToken });
const { round } = await question;
await ask(phone, 'player:answer', { index: 0, optionIds: [round.options[0].id] });
host.disconnect();
phone.disconnect();
console.log(gameId);
