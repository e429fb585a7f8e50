import type { IceServer, MemberView, SignalData } from '../../core/social/messages.ts';
import { seatToRoom, seatTransform } from '../../core/social/seats.ts';
import { isOfferer, spatialMix, voiceMembers } from '../../core/social/voice.ts';
import type { SocialClient } from './socialClient.ts';
import { setVoiceState, socialStore } from './socialStore.ts';
import { analyserLevel, setRemoteVoice, VOICE_WINDOW } from './voiceLevels.ts';

interface Peer {
  pc: RTCPeerConnection;
  audio: HTMLAudioElement;
  pan: StereoPannerNode;
  gain: GainNode;
  /** Measures the voice as received, for the speaking light (voiceLevels.ts). */
  analyser: AnalyserNode;
  source: MediaStreamAudioSourceNode | null;
}

/**
 * Voice as a WebRTC mesh among the seated members (up to six): the server relays offers,
 * answers and ICE candidates. Each voice is panned by where its speaker sits relative to us
 * (cheap spatial voice) and silenced when that person is muted, by themselves or by staff:
 * the receiver enforces a staff mute too, so a changed client cannot talk over it.
 */
export class VoiceMesh {
  private readonly peers = new Map<string, Peer>();
  private mic: MediaStream | null = null;
  private readonly mix = { pan: 0, gain: 1 };
  private readonly point: [number, number] = [0, 0];

  constructor(
    private readonly ctx: AudioContext,
    private readonly client: SocialClient,
    private readonly seatRadius: number,
  ) {
    client.onSignal = (from, data) => void this.onSignal(from, data);
  }

  /** Asks for the microphone (needs a user gesture first on most browsers). */
  async startMic(): Promise<void> {
    try {
      this.mic = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      });
      socialStore.setState({ mic: 'on' });
      for (const peer of this.peers.values()) this.addMic(peer.pc);
    } catch {
      socialStore.setState({ mic: 'none' });
    }
  }

  /**
   * Puts our microphone on the peer's audio transceiver. The transceiver is sendrecv from the
   * first offer, so a microphone that arrives later (permission granted after the peer joined)
   * is just a replaced track: no renegotiation, and no silent side of the call.
   */
  private addMic(pc: RTCPeerConnection): void {
    const track = this.mic?.getAudioTracks()[0];
    if (!track) return;
    const transceiver = pc.getTransceivers().find((t) => t.receiver.track.kind === 'audio');
    if (!transceiver || transceiver.sender.track === track) return;
    void transceiver.sender.replaceTrack(track).catch(() => undefined);
  }

  /** Brings the mesh in line with the room: connect new voice members, drop departed ones. */
  update(members: readonly MemberView[], me: string): void {
    const self = members.find((m) => m.id === me);
    const track = this.mic?.getAudioTracks()[0];
    if (track) track.enabled = !!self && !self.muted;
    const voice = voiceMembers(members);
    const inVoice = voice.some((m) => m.id === me);
    const wanted = new Set(inVoice ? voice.filter((m) => m.id !== me).map((m) => m.id) : []);
    for (const id of [...this.peers.keys()]) if (!wanted.has(id)) this.drop(id);
    for (const id of wanted) {
      if (!this.peers.has(id)) {
        const peer = this.create(id, isOfferer(me, id));
        if (isOfferer(me, id)) void this.offer(id, peer.pc);
      }
    }
    this.place(members, self?.seat ?? null);
  }

  /** Pans and silences each voice by where its speaker sits and whether they are muted. */
  private place(members: readonly MemberView[], mySeat: number | null): void {
    for (const [id, peer] of this.peers) {
      const m = members.find((x) => x.id === id);
      if (!m || !m.seat || !mySeat) continue;
      // where they sit, seen from our seat's own space
      const theirs = seatTransform(m.seat, this.seatRadius);
      const mine = seatTransform(mySeat, this.seatRadius);
      const dx = theirs.x - mine.x;
      const dz = theirs.z - mine.z;
      const c = Math.cos(mine.yaw);
      const s = Math.sin(mine.yaw);
      seatToRoom({ x: 0, z: 0, yaw: 0 }, dx * c - dz * s, dx * s + dz * c, this.point);
      spatialMix(this.point[0], this.point[1], this.mix);
      peer.pan.pan.value = this.mix.pan;
      peer.gain.gain.value = m.muted ? 0 : this.mix.gain;
    }
  }

  /** Whether our microphone is live (null: no microphone). */
  micEnabled(): boolean | null {
    return this.mic?.getAudioTracks()[0]?.enabled ?? null;
  }

  /** Whether a peer's voice is audible to us now (the browser test checks a staff mute). */
  gainOf(id: string): number | null {
    return this.peers.get(id)?.gain.gain.value ?? null;
  }

  private create(id: string, offerer: boolean): Peer {
    const ice: IceServer[] = socialStore.getState().ice;
    const pc = new RTCPeerConnection({ iceServers: ice as RTCIceServer[] });
    const audio = new Audio();
    // Chrome only feeds a remote stream to Web Audio while a media element holds it; the element
    // stays muted and Web Audio plays it, panned.
    audio.muted = true;
    const pan = this.ctx.createStereoPanner();
    const gain = this.ctx.createGain();
    pan.connect(gain).connect(this.ctx.destination);
    // The speaking light: what we hear of them, before our panning and any mute we apply.
    const analyser = this.ctx.createAnalyser();
    analyser.fftSize = VOICE_WINDOW;
    setRemoteVoice(id, analyserLevel(analyser));
    const peer: Peer = { pc, audio, pan, gain, analyser, source: null };
    pc.onicecandidate = (e) => {
      if (e.candidate) {
        this.client.send({
          t: 'signal',
          to: id,
          data: {
            kind: 'ice',
            candidate: e.candidate.candidate,
            sdpMid: e.candidate.sdpMid,
            sdpMLineIndex: e.candidate.sdpMLineIndex,
          },
        });
      }
    };
    pc.onconnectionstatechange = () => setVoiceState(id, pc.connectionState);
    pc.ontrack = (e) => {
      const stream = e.streams[0] ?? new MediaStream([e.track]);
      audio.srcObject = stream;
      void audio.play().catch(() => undefined);
      peer.source?.disconnect();
      peer.source = this.ctx.createMediaStreamSource(stream);
      peer.source.connect(pan);
      peer.source.connect(analyser);
    };
    // The offerer makes the one audio transceiver, both ways (even before we have a microphone);
    // the answerer gets it from the offer (onSignal).
    if (offerer) {
      pc.addTransceiver('audio', { direction: 'sendrecv' });
      this.addMic(pc);
    }
    this.peers.set(id, peer);
    setVoiceState(id, pc.connectionState);
    return peer;
  }

  private async offer(id: string, pc: RTCPeerConnection): Promise<void> {
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    this.client.send({ t: 'signal', to: id, data: { kind: 'offer', sdp: offer.sdp ?? '' } });
  }

  private async onSignal(from: string, data: SignalData): Promise<void> {
    const peer = this.peers.get(from) ?? this.create(from, false);
    const pc = peer.pc;
    try {
      if (data.kind === 'offer') {
        await pc.setRemoteDescription({ type: 'offer', sdp: data.sdp });
        for (const t of pc.getTransceivers())
          if (t.direction === 'recvonly') t.direction = 'sendrecv';
        this.addMic(pc);
        const answer = await pc.createAnswer();
        await pc.setLocalDescription(answer);
        this.client.send({
          t: 'signal',
          to: from,
          data: { kind: 'answer', sdp: answer.sdp ?? '' },
        });
      } else if (data.kind === 'answer') {
        await pc.setRemoteDescription({ type: 'answer', sdp: data.sdp });
      } else {
        await pc.addIceCandidate({
          candidate: data.candidate,
          sdpMid: data.sdpMid,
          sdpMLineIndex: data.sdpMLineIndex,
        });
      }
    } catch (err) {
      console.warn('voice: signalling step failed', err);
    }
  }

  private drop(id: string): void {
    const peer = this.peers.get(id);
    if (!peer) return;
    peer.pc.close();
    peer.source?.disconnect();
    peer.gain.disconnect();
    setRemoteVoice(id, null);
    peer.audio.srcObject = null;
    this.peers.delete(id);
    setVoiceState(id, null);
  }

  close(): void {
    for (const id of [...this.peers.keys()]) this.drop(id);
    for (const t of this.mic?.getTracks() ?? []) t.stop();
    this.mic = null;
  }
}
